import type { Inventory, InventoryResource } from '@portico/contracts/bindings';
import type { BindingRow, BindingRowSort, BindingRows, BindingRowsQuery, RowResource } from '@portico/contracts/bindings-rows';
import { filteredInventory } from './filtered.ts';
import { indexOf } from './inventory-index.ts';

const byName = (a: RowResource, b: RowResource) => a.name.localeCompare(b.name);
const names = (list: RowResource[]) => list.map((r) => r.name).join(', ');

const sortKey: Record<BindingRowSort, (row: BindingRow) => string | number> = {
  group: (row) => row.api.groupName,
  stage: (row) => row.stage,
  api: (row) => row.api.apiName,
  method: (row) => row.api.method ?? '',
  path: (row) => row.api.path ?? '',
  vpc: (row) => names(row.vpcAuthorizations),
  acls: (row) => names(row.ipControls),
  backend: (row) => names(row.backends),
  findings: (row) => row.findings.length,
};

const lean = ({ details: _details, ...resource }: InventoryResource): RowResource => resource;

function rowsOf(inventory: Inventory): BindingRow[] {
  const index = indexOf(inventory);
  return inventory.apis.map((api) => {
    const row: BindingRow = {
      key: api.key,
      api,
      stage: api.stageName.toUpperCase(),
      vpcAuthorizations: [],
      ipControls: [],
      backends: [],
      findings: index.findingsBySubject.get(api.key) ?? [],
    };
    for (const key of index.resourcesByApi.get(api.key) ?? []) {
      const resource = index.resourceByKey.get(key);
      if (resource?.kind === 'vpc-authorization') row.vpcAuthorizations.push(lean(resource));
      else if (resource?.kind === 'ip-control') row.ipControls.push(lean(resource));
      else if (resource?.kind === 'backend') row.backends.push(lean(resource));
    }
    row.vpcAuthorizations.sort(byName);
    row.ipControls.sort(byName);
    row.backends.sort(byName);
    return row;
  });
}

/** Ties broken by group, then API name, then stage, so pages never overlap or skip a row. */
function compare(sort: BindingRowSort, desc: boolean) {
  const key = sortKey[sort];
  const tie = (a: BindingRow, b: BindingRow) => a.api.groupName.localeCompare(b.api.groupName) || a.api.apiName.localeCompare(b.api.apiName) || a.key.localeCompare(b.key);
  return (a: BindingRow, b: BindingRow) => {
    const x = key(a);
    const y = key(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (desc ? -order : order) || tie(a, b);
  };
}

/**
 * The sorted rows of one view, kept per inventory object (a new build or a console change makes a
 * new one), so scrolling through 10,000 rows sorts them once rather than once per page.
 */
const views = new WeakMap<Inventory, Map<string, BindingRow[]>>();
const MAX_VIEWS = 20;

function viewOf(inventory: Inventory, query: Omit<BindingRowsQuery, 'offset' | 'limit' | 'profile'>): BindingRow[] {
  const { sort, desc, ...filters } = query;
  const id = JSON.stringify([sort, desc, filters.cloud, filters.type, filters.group, filters.stage, filters.finding, filters.api]);
  let cache = views.get(inventory);
  if (!cache) views.set(inventory, (cache = new Map()));
  const hit = cache.get(id);
  if (hit) return hit;
  const rows = rowsOf(filteredInventory(inventory, filters)).sort(compare(sort, desc === 'true'));
  if (cache.size >= MAX_VIEWS) cache.delete(cache.keys().next().value!);
  cache.set(id, rows);
  return rows;
}

/** One page of the table: what the page's filters leave (the same rule as exports), sorted. */
export function bindingRows(inventory: Inventory, query: BindingRowsQuery): BindingRows {
  const { offset, limit, profile: _profile, ...view } = query;
  const rows = viewOf(inventory, view);
  return { asOf: inventory.asOf, total: rows.length, all: inventory.apis.length, offset, rows: rows.slice(offset, offset + limit) };
}
