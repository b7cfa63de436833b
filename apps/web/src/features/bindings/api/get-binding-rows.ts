import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { BindingFilters } from '@portico/contracts/bindings-filter';
import type { BindingRowSort } from '@portico/contracts/bindings-rows';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { bindingsKeys } from './query-keys';

/** Rows per page: a tall screen holds ~15, so the first page fills it and the next is fetched ahead. */
export const ROWS_PAGE = 200;

export interface RowsView {
  filters: BindingFilters;
  sort: BindingRowSort;
  desc: boolean;
}

/** GET /api/bindings/rows: one page of the table, filtered and sorted by the BFF. */
export function getBindingRows(profile: string | undefined, view: RowsView, offset: number, signal?: AbortSignal) {
  return apiRequest(routes.listBindingRows, {
    query: { profile, ...view.filters, sort: view.sort, desc: view.desc ? 'true' : 'false', offset, limit: ROWS_PAGE },
    signal,
  });
}

export const bindingRowsQueryOptions = (profile: string | undefined, view: RowsView) =>
  infiniteQueryOptions({
    queryKey: bindingsKeys.rows(profile, view),
    queryFn: ({ signal, pageParam }) => getBindingRows(profile, view, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.rows.length < last.total ? last.offset + last.rows.length : undefined),
    staleTime: 15_000,
    refetchOnWindowFocus: false,
  });

export function useBindingRows(view: RowsView) {
  const { profileId } = useActiveProfile();
  return useInfiniteQuery(bindingRowsQueryOptions(profileId, view));
}
