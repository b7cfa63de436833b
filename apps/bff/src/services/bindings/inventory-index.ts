import type { Finding, Inventory, InventoryApi, InventoryResource } from '@portico/contracts/bindings';

/**
 * Lookups over one inventory, built once per inventory (the parsed latest is kept per instance),
 * so that a resource's impact or a search is a few map reads, not a pass over 10,000 APIs.
 */
export interface InventoryIndex {
  inventory: Inventory;
  apiByKey: Map<string, InventoryApi>;
  resourceByKey: Map<string, InventoryResource>;
  /** Resource key → keys of the known APIs bound to it, each once. */
  apisByResource: Map<string, string[]>;
  /** API key → keys of the known resources it hangs on, each once. */
  resourcesByApi: Map<string, string[]>;
  findingsBySubject: Map<string, Finding[]>;
}

const cache = new WeakMap<Inventory, InventoryIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexOf(inventory: Inventory): InventoryIndex {
  const cached = cache.get(inventory);
  if (cached) return cached;
  const apiByKey = new Map(inventory.apis.map((api) => [api.key, api]));
  const resourceByKey = new Map(inventory.resources.map((resource) => [resource.key, resource]));
  const apisByResource = new Map<string, string[]>();
  const resourcesByApi = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { resource, api } of inventory.bindings) {
    // A backend is read once per stage; an edge to something not read (a gap) is left out.
    const edge = `${resource}\n${api}`;
    if (seen.has(edge) || !apiByKey.has(api) || !resourceByKey.has(resource)) continue;
    seen.add(edge);
    push(apisByResource, resource, api);
    push(resourcesByApi, api, resource);
  }
  const findingsBySubject = new Map<string, Finding[]>();
  for (const finding of inventory.findings) push(findingsBySubject, finding.subject, finding);
  const index = { inventory, apiByKey, resourceByKey, apisByResource, resourcesByApi, findingsBySubject };
  cache.set(inventory, index);
  return index;
}
