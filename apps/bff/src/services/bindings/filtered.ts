import type { Inventory } from '@portico/contracts/bindings';
import { filterBindings, type BindingFilters } from '@portico/contracts/bindings-filter';
import { indexOf } from './inventory-index.ts';

/** What the page's filters leave of an inventory (the contracts' rule, as the page applies it): for exports. */
export function filteredInventory(inventory: Inventory, filters: BindingFilters): Inventory {
  const active = Object.values(filters).some((value) => value !== undefined);
  if (!active) return inventory;
  const index = indexOf(inventory);
  const { apis, resources } = filterBindings(
    {
      apis: inventory.apis,
      resources: inventory.resources,
      keyOf: (api) => api.key,
      groupOf: (api) => api.groupId,
      stageOf: (api) => api.stageName.toUpperCase(),
      apisOf: (key) => index.apisByResource.get(key) ?? [],
      resourcesOf: (key) => index.resourcesByApi.get(key) ?? [],
      subjectsOf: (kind) => inventory.findings.filter((f) => f.kind === kind).map((f) => f.subject),
    },
    filters,
  );
  const apiKeys = new Set(apis.map((a) => a.key));
  const resourceKeys = new Set(resources.map((r) => r.key));
  return {
    ...inventory,
    apis,
    resources,
    bindings: inventory.bindings.filter((b) => apiKeys.has(b.api) && resourceKeys.has(b.resource)),
    findings: inventory.findings.filter((f) => (apiKeys.has(f.subject) || resourceKeys.has(f.subject)) && (filters.finding === undefined || f.kind === filters.finding)),
  };
}
