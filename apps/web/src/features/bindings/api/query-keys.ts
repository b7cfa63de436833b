/**
 * The one key factory of the bindings feature, general to specific: the inventory per profile
 * (`undefined` is the BFF's default profile) and the build jobs.
 */
export const bindingsKeys = {
  all: ['bindings'] as const,
  inventories: () => [...bindingsKeys.all, 'inventory'] as const,
  inventory: (profile: string | undefined) => [...bindingsKeys.inventories(), { profile: profile ?? null }] as const,
  /** Under its inventory: whatever refetches the inventory refetches the impacts read from it. */
  impact: (profile: string | undefined, key: string) => [...bindingsKeys.inventory(profile), 'impact', key] as const,
  search: (profile: string | undefined, q: string) => [...bindingsKeys.inventory(profile), 'search', q] as const,
  /** One view of the table (filters and sort); its pages are the infinite query's. */
  rows: (profile: string | undefined, view: object) => [...bindingsKeys.inventory(profile), 'rows', view] as const,
  suppressions: (profile: string | undefined) => [...bindingsKeys.inventory(profile), 'suppressions'] as const,
  chain: (profile: string | undefined, key: string) => [...bindingsKeys.inventory(profile), 'chain', key] as const,
  jobs: () => [...bindingsKeys.all, 'job'] as const,
  job: (id: string) => [...bindingsKeys.jobs(), id] as const,
  refresh: () => [...bindingsKeys.all, 'refresh'] as const,
};
