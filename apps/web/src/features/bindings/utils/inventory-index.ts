import type { Finding, FindingKind, Inventory, InventoryApi, InventoryResource } from '@portico/contracts/bindings';

/** One published API as the table shows it, with what it hangs on, resolved once. */
export interface ApiRow {
  key: string;
  api: InventoryApi;
  /** Upper-case TEST / PRE / RELEASE, whatever case the cloud sent. */
  stage: string;
  vpcAuthorizations: InventoryResource[];
  ipControls: InventoryResource[];
  backends: InventoryResource[];
  findings: Finding[];
}

export interface GroupOption {
  id: string;
  name: string;
}

/**
 * Everything the page looks up, built once per inventory: each lookup by key is a Map, each
 * side of a binding is listed from the other, so nothing in a render scans the whole list.
 */
export interface InventoryIndex {
  inventory: Inventory;
  apis: ApiRow[];
  apiByKey: Map<string, ApiRow>;
  resources: InventoryResource[];
  resourceByKey: Map<string, InventoryResource>;
  /** Resource key → keys of the (known) APIs it is bound to. */
  apisByResource: Map<string, string[]>;
  /** API key → keys of the (known) resources bound to it. */
  resourcesByApi: Map<string, string[]>;
  findingsBySubject: Map<string, Finding[]>;
  findingsByKind: Map<FindingKind, Finding[]>;
  /** API groups by name, for the Group filter. */
  groups: GroupOption[];
}

const empty: readonly never[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byName = (a: InventoryResource, b: InventoryResource) => a.name.localeCompare(b.name);

export function buildInventoryIndex(inventory: Inventory): InventoryIndex {
  const resourceByKey = new Map(inventory.resources.map((resource) => [resource.key, resource]));
  const known = new Set(inventory.apis.map((api) => api.key));

  // A binding listed twice (a backend read once per stage) is one edge; an edge to an API or
  // resource the inventory does not hold (a part that could not be read) is left out.
  const apisByResource = new Map<string, string[]>();
  const resourcesByApi = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const binding of inventory.bindings) {
    if (!known.has(binding.api) || !resourceByKey.has(binding.resource)) continue;
    const edge = `${binding.resource}\n${binding.api}`;
    if (seen.has(edge)) continue;
    seen.add(edge);
    push(apisByResource, binding.resource, binding.api);
    push(resourcesByApi, binding.api, binding.resource);
  }

  const findingsBySubject = new Map<string, Finding[]>();
  const findingsByKind = new Map<FindingKind, Finding[]>();
  for (const finding of inventory.findings) {
    push(findingsBySubject, finding.subject, finding);
    push(findingsByKind, finding.kind, finding);
  }

  const groupNames = new Map<string, string>();
  const apis: ApiRow[] = inventory.apis.map((api) => {
    groupNames.set(api.groupId, api.groupName);
    const row: ApiRow = {
      key: api.key,
      api,
      stage: api.stageName.toUpperCase(),
      vpcAuthorizations: [],
      ipControls: [],
      backends: [],
      findings: findingsBySubject.get(api.key) ?? [],
    };
    for (const key of resourcesByApi.get(api.key) ?? empty) {
      const resource = resourceByKey.get(key);
      if (resource?.kind === 'vpc-authorization') row.vpcAuthorizations.push(resource);
      else if (resource?.kind === 'ip-control') row.ipControls.push(resource);
      else if (resource?.kind === 'backend') row.backends.push(resource);
    }
    row.vpcAuthorizations.sort(byName);
    row.ipControls.sort(byName);
    row.backends.sort(byName);
    return row;
  });

  return {
    inventory,
    apis,
    apiByKey: new Map(apis.map((row) => [row.key, row])),
    resources: inventory.resources,
    resourceByKey,
    apisByResource,
    resourcesByApi,
    findingsBySubject,
    findingsByKind,
    groups: [...groupNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}

/** The APIs a resource is bound to, or the resources an API hangs on: never undefined. */
export const apisOf = (index: InventoryIndex, resourceKey: string): readonly string[] => index.apisByResource.get(resourceKey) ?? empty;
export const resourcesOf = (index: InventoryIndex, apiKey: string): readonly string[] => index.resourcesByApi.get(apiKey) ?? empty;
export const findingsOf = (index: InventoryIndex, subject: string): readonly Finding[] => index.findingsBySubject.get(subject) ?? empty;
