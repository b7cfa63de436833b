import { z } from 'zod';
import { FindingKind, InventoryQuery, InventoryResource, ResourceKind } from './bindings.ts';
import { StageName } from './published-apis.ts';

/**
 * The bindings page's filters, as the URL, the page and the exports take them: one rule for all,
 * so an export holds what the screen shows.
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

/** An export holds what the page's filters leave, with the same rule. */
export const InventoryExportQuery = InventoryQuery.extend({ format: z.enum(['csv', 'json']).default('json'), ...BindingFilters.shape });

/** What the filter needs to know of an inventory, whichever way the caller indexed it. */
export interface FilterableBindings<A> {
  apis: readonly A[];
  resources: readonly InventoryResource[];
  keyOf: (api: A) => string;
  groupOf: (api: A) => string;
  /** Upper-case TEST / PRE / RELEASE. */
  stageOf: (api: A) => string;
  apisOf: (resourceKey: string) => readonly string[];
  resourcesOf: (apiKey: string) => readonly string[];
  subjectsOf: (kind: FindingKind) => readonly string[];
}

/**
 * Applies every filter to both sides of the bindings, in time linear in the inventory:
 * - an API-side filter (group, stage, one API) keeps the resources bound to the APIs it keeps;
 * - a resource-side filter (resource type) keeps the APIs bound to the resources it keeps
 *   (a cloud only narrows the resources: every published API is Alibaba's);
 * - a finding keeps what it is about and what that is bound to (an unprotected API and its
 *   backend; a wide ACL and the APIs it lets through; an unused authorization alone).
 */
export function filterBindings<A>(index: FilterableBindings<A>, filters: BindingFilters): { apis: A[]; resources: InventoryResource[] } {
  const { cloud, type, group, stage, finding, api } = filters;
  let apis = index.apis.filter(
    (row) =>
      (cloud === undefined || cloud === 'alibaba') &&
      (group === undefined || index.groupOf(row) === group) &&
      (stage === undefined || index.stageOf(row) === stage) &&
      (api === undefined || index.keyOf(row) === api),
  );
  let resources = index.resources.filter((r) => (cloud === undefined || r.cloud === cloud) && (type === undefined || r.kind === type));

  if (group !== undefined || stage !== undefined || api !== undefined) {
    const kept = new Set(apis.map(index.keyOf));
    resources = resources.filter((r) => index.apisOf(r.key).some((key) => kept.has(key)));
  }
  if (type !== undefined) {
    const kept = new Set(resources.map((r) => r.key));
    apis = apis.filter((row) => index.resourcesOf(index.keyOf(row)).some((key) => kept.has(key)));
  }
  if (finding !== undefined) {
    const subjects = new Set(index.subjectsOf(finding));
    const apiKeys = new Set<string>();
    const resourceKeys = new Set<string>();
    const apisNow = new Set(apis.map(index.keyOf));
    const resourcesNow = new Set(resources.map((r) => r.key));
    for (const row of apis) {
      const key = index.keyOf(row);
      if (!subjects.has(key)) continue;
      apiKeys.add(key);
      for (const resourceKey of index.resourcesOf(key)) if (resourcesNow.has(resourceKey)) resourceKeys.add(resourceKey);
    }
    for (const resource of resources) {
      if (!subjects.has(resource.key)) continue;
      resourceKeys.add(resource.key);
      for (const apiKey of index.apisOf(resource.key)) if (apisNow.has(apiKey)) apiKeys.add(apiKey);
    }
    apis = apis.filter((row) => apiKeys.has(index.keyOf(row)));
    resources = resources.filter((r) => resourceKeys.has(r.key));
  }
  return { apis, resources };
}
