import { z } from 'zod';
import { FindingKind, InventoryResource, ResourceKind, type Finding } from '@portico/contracts/bindings';
import { StageName } from '@portico/contracts/published-apis';
import { apisOf, resourcesOf, type ApiRow, type InventoryIndex } from './inventory-index';

/**
 * The page's filters live in the URL (`/bindings?stage=RELEASE&finding=unprotected-api`), so a
 * filtered view can be shared, reloaded and gone back to. A value that does not pass its rule
 * is left out rather than applied.
 */
export const BindingFilters = z.object({
  cloud: InventoryResource.shape.cloud.optional(),
  type: ResourceKind.optional(),
  group: z.string().trim().min(1).max(128).optional(),
  stage: StageName.optional(),
  finding: FindingKind.optional(),
  /** One published API (its key), as a finding about that API links to it. */
  api: z.string().trim().min(1).max(256).optional(),
});
export type BindingFilters = z.infer<typeof BindingFilters>;

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

/**
 * Applies every filter to both sides of the bindings, in time linear in the inventory:
 * - an API-side filter (group, stage, one API) keeps the resources bound to the APIs it keeps;
 * - a resource-side filter (resource type) keeps the APIs bound to the resources it keeps
 *   (a cloud only narrows the resources: every published API is Alibaba's);
 * - a finding keeps what it is about and what that is bound to (an unprotected API and its
 *   backend; a wide ACL and the APIs it lets through; an unused authorization alone).
 */
export function filterInventory(index: InventoryIndex, filters: BindingFilters): FilteredInventory {
  const { cloud, type, group, stage, finding, api } = filters;
  let apis = index.apis.filter(
    (row) =>
      (cloud === undefined || cloud === 'alibaba') &&
      (group === undefined || row.api.groupId === group) &&
      (stage === undefined || row.stage === stage) &&
      (api === undefined || row.key === api),
  );
  let resources = index.resources.filter((r) => (cloud === undefined || r.cloud === cloud) && (type === undefined || r.kind === type));

  if (group !== undefined || stage !== undefined || api !== undefined) {
    const kept = new Set(apis.map((row) => row.key));
    resources = resources.filter((r) => apisOf(index, r.key).some((key) => kept.has(key)));
  }
  if (type !== undefined) {
    const kept = new Set(resources.map((r) => r.key));
    apis = apis.filter((row) => resourcesOf(index, row.key).some((key) => kept.has(key)));
  }
  if (finding !== undefined) {
    const subjects = new Set((index.findingsByKind.get(finding) ?? []).map((f: Finding) => f.subject));
    const apiKeys = new Set<string>();
    const resourceKeys = new Set<string>();
    const apisNow = new Set(apis.map((row) => row.key));
    const resourcesNow = new Set(resources.map((r) => r.key));
    for (const row of apis) {
      if (!subjects.has(row.key)) continue;
      apiKeys.add(row.key);
      for (const key of resourcesOf(index, row.key)) if (resourcesNow.has(key)) resourceKeys.add(key);
    }
    for (const resource of resources) {
      if (!subjects.has(resource.key)) continue;
      resourceKeys.add(resource.key);
      for (const key of apisOf(index, resource.key)) if (apisNow.has(key)) apiKeys.add(key);
    }
    apis = apis.filter((row) => apiKeys.has(row.key));
    resources = resources.filter((r) => resourceKeys.has(r.key));
  }
  return { apis, resources };
}
