import { keepPreviousData, queryOptions, type QueryKey } from '@tanstack/react-query';

/** What every list of a cloud resource takes: a page, a name search and the cloud profile. */
export interface ResourceListFilter {
  page: number;
  pageSize: number;
  search?: string | undefined;
  profile?: string | undefined;
}

/**
 * "None" is spelled one way, whether a value is left out or `undefined`: absent (the search:
 * `''`), so equal filters share one cache entry.
 */
function listKeyOf(filter: ResourceListFilter): Record<string, unknown> {
  const entries: [string, unknown][] = Object.entries(filter);
  return { ...Object.fromEntries(entries.filter(([, value]) => value !== undefined)), search: filter.search ?? '' };
}

/**
 * The key factory of one cloud resource, general to specific, so that invalidating `lists()`
 * reaches every page, search and filter, and `detail(id)` every profile of one resource.
 */
export function resourceKeys<Filter extends ResourceListFilter>(resource: string) {
  const all = [resource] as const;
  const lists = () => [...all, 'list'] as const;
  const details = () => [...all, 'detail'] as const;
  return {
    all,
    lists,
    list: (filter: Filter) => [...lists(), listKeyOf(filter)] as const,
    details,
    detail: (id: string, profile?: string) => [...details(), id, { profile: profile ?? null }] as const,
  };
}

/** One page of a resource list, fetched with `fetchPage` under the resource's list key. */
export function resourceListQueryOptions<Filter extends ResourceListFilter, Page>(
  keys: { list: (filter: Filter) => QueryKey },
  filter: Filter,
  fetchPage: (filter: Filter, signal: AbortSignal) => Promise<Page>,
) {
  return queryOptions({
    queryKey: keys.list(filter),
    queryFn: ({ signal }) => fetchPage(filter, signal),
    // Paging, searching and filtering keep the previous page on screen instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
}
