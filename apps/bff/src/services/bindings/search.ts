import { contains, parseCidr, type ParsedCidr } from '@portico/contracts/cidr';
import { resourceKindLabel, type InventoryResource, type SearchHit, type SearchMatchKey, type SearchResult } from '@portico/contracts/bindings';
import type { InventoryIndex } from './inventory-index.ts';

/** What matched, in the English words `matched` keeps for API clients; the console words it from `match`. */
const matchWords: Record<SearchMatchKey, string> = {
  name: 'name',
  id: 'id',
  path: 'path',
  vpcId: 'VPC id',
  instanceId: 'instance id',
  portId: 'port id',
  port: 'port',
  serverPort: 'server port',
  contains: 'contains',
  holds: 'holds',
  liesInside: 'lies inside',
};

type Match = NonNullable<SearchHit['match']>;
const matchedText = (match: Match) => (match.value === undefined ? matchWords[match.key] : `${matchWords[match.key]} ${match.value}`);

interface AclEntry {
  id: string;
  cidrs: string[];
}

const aclEntries = (resource: InventoryResource): AclEntry[] => {
  const entries = resource.details?.entries;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null) return [];
    const { id, cidrs } = e as { id?: unknown; cidrs?: unknown };
    return typeof id === 'string' && Array.isArray(cidrs) ? [{ id, cidrs: cidrs.filter((c): c is string => typeof c === 'string') }] : [];
  });
};

const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : typeof value === 'number' ? [value] : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

interface ParsedEntry {
  resource: InventoryResource;
  entryId: string;
  cidr: string;
  block: ParsedCidr;
}

/** Every ACL entry's blocks, parsed once per inventory. */
const parsedEntries = new WeakMap<InventoryIndex, ParsedEntry[]>();
function entriesOf(index: InventoryIndex): ParsedEntry[] {
  let list = parsedEntries.get(index);
  if (list) return list;
  list = [];
  for (const resource of index.inventory.resources) {
    if (resource.kind !== 'ip-control') continue;
    for (const entry of aclEntries(resource)) {
      for (const cidr of entry.cidrs) {
        const block = parseCidr(cidr);
        if (block) list.push({ resource, entryId: entry.id, cidr, block });
      }
    }
  }
  parsedEntries.set(index, list);
  return list;
}

/** The ACL entries holding an address or overlapping a block, best (narrowest) first. */
function entriesHolding(index: InventoryIndex, target: ParsedCidr): SearchHit[] {
  const hits: { hit: SearchHit; prefix: number }[] = [];
  for (const { resource, entryId, cidr, block } of entriesOf(index)) {
    if (!(contains(block, target) || contains(target, block))) continue;
    const match: SearchMatchKey = contains(block, target) ? (target.isBlock ? 'contains' : 'holds') : 'liesInside';
    hits.push({
      prefix: -block.prefix,
      hit: {
        type: 'acl-entry',
        key: resource.key,
        kind: resource.kind,
        title: cidr,
        context: `${resource.subtype ?? ''} list ${resource.name}`.trim(),
        matched: `${matchWords[match]} ${target.text}`,
        match: { key: match, value: target.text },
        list: { name: resource.name, ...(resource.subtype ? { type: resource.subtype } : {}) },
        entryId,
        cidr,
      },
    });
  }
  return hits.sort((a, b) => a.prefix - b.prefix).map((h) => h.hit);
}

/** Each API's name, path and id lower-cased once per inventory, not once per search. */
const lowered = new WeakMap<InventoryIndex, { name: string; path: string; id: string }[]>();
function loweredApis(index: InventoryIndex) {
  let list = lowered.get(index);
  if (!list) {
    list = index.inventory.apis.map((api) => ({ name: api.apiName.toLowerCase(), path: api.path?.toLowerCase() ?? '', id: api.apiId.toLowerCase() }));
    lowered.set(index, list);
  }
  return list;
}

function resourceMatch(resource: InventoryResource, needle: string, port: number | undefined): Match | undefined {
  const details = resource.details ?? {};
  if (resource.name.toLowerCase().includes(needle)) return { key: 'name' };
  if (resource.id.toLowerCase().includes(needle)) return { key: 'id' };
  if (text(details.vpcId)?.toLowerCase().includes(needle)) return { key: 'vpcId' };
  if (text(details.instanceId)?.toLowerCase().includes(needle)) return { key: 'instanceId' };
  if (text(details.portId)?.toLowerCase().includes(needle)) return { key: 'portId' };
  if (port !== undefined && numbers(details.port).includes(port)) return { key: 'port', value: String(port) };
  if (port !== undefined && numbers(details.serverPorts).includes(port)) return { key: 'serverPort', value: String(port) };
  return undefined;
}

/**
 * Everything that answers to `q` in the latest inventory: an address or block finds the ACL
 * entries holding it; a number finds the ports; any text finds API names, paths and ids, and
 * resource names, ids, VPC and instance ids. At most `limit` hits, ACL entries first.
 */
export function searchInventory(index: InventoryIndex, q: string, limit: number): SearchResult {
  const query = q.trim();
  const needle = query.toLowerCase();
  const port = /^\d{1,5}$/.test(query) && Number(query) >= 1 && Number(query) <= 65535 ? Number(query) : undefined;
  const address = parseCidr(query);
  const hits: SearchHit[] = address ? entriesHolding(index, address) : [];

  for (const resource of index.inventory.resources) {
    const match = resourceMatch(resource, needle, port);
    if (match)
      hits.push({
        type: 'resource',
        key: resource.key,
        kind: resource.kind,
        title: resource.name,
        context: resourceKindLabel[resource.kind],
        matched: matchedText(match),
        match,
      });
  }
  if (!address) {
    const apis = index.inventory.apis;
    const texts = loweredApis(index);
    for (let i = 0; i < apis.length; i++) {
      const api = apis[i]!;
      const text = texts[i]!;
      const key: SearchMatchKey | undefined = text.name.includes(needle) ? 'name' : text.path.includes(needle) ? 'path' : text.id.includes(needle) ? 'id' : undefined;
      if (!key) continue;
      hits.push({
        type: 'api',
        key: api.key,
        title: `${api.apiName}${api.path ? ` · ${api.method ?? ''} ${api.path}` : ''}`,
        context: `${api.groupName} · ${api.stageName.toUpperCase()}`,
        matched: matchWords[key],
        match: { key },
      });
    }
  }
  return { asOf: index.inventory.asOf, q: query, hits: hits.slice(0, limit), total: hits.length };
}
