import type { InventoryResource } from '@portico/contracts/bindings';
import { BindingFilters, filterBindings } from '@portico/contracts/bindings-filter';
import { apisOf, resourcesOf, type ApiRow, type InventoryIndex } from './inventory-index';

/**
 * The page's filters live in the URL (`/bindings?stage=RELEASE&finding=unprotected-api`), so a
 * filtered view can be shared, reloaded and gone back to. A value that does not pass its rule
 * is left out rather than applied. The rule and the filtering are the contracts' (the exports
 * apply the same).
 */
export { BindingFilters };

export const filterKeys = ['cloud', 'type', 'group', 'stage', 'finding', 'api'] as const satisfies readonly (keyof BindingFilters)[];
export type FilterKey = (typeof filterKeys)[number];

export function readBindingFilters(params: URLSearchParams): BindingFilters {
  const filters: BindingFilters = {};
  for (const key of filterKeys) {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') continue;
    const parsed = BindingFilters.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data });
  }
  return filters;
}

export const hasFilters = (filters: BindingFilters) => filterKeys.some((key) => filters[key] !== undefined);

/** The URL's query with some filters set (or cleared when empty); everything else is kept. */
export function withFilters(params: URLSearchParams, changes: Partial<Record<FilterKey, string | undefined>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    const text = value?.trim();
    if (text) next.set(key, text);
    else next.delete(key);
  }
  return next;
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of filterKeys) next.delete(key);
  return next;
}

/** What the filters leave of the inventory: the graph and both tables show exactly this. */
export interface FilteredInventory {
  apis: ApiRow[];
  resources: InventoryResource[];
}

/** Every filter on both sides of the bindings: the contracts' rule, over the page's index. */
export function filterInventory(index: InventoryIndex, filters: BindingFilters): FilteredInventory {
  return filterBindings(
    {
      apis: index.apis,
      resources: index.resources,
      keyOf: (row: ApiRow) => row.key,
      groupOf: (row: ApiRow) => row.api.groupId,
      stageOf: (row: ApiRow) => row.stage,
      apisOf: (key) => apisOf(index, key),
      resourcesOf: (key) => resourcesOf(index, key),
      subjectsOf: (kind) => (index.findingsByKind.get(kind) ?? []).map((f) => f.subject),
    },
    filters,
  );
}
