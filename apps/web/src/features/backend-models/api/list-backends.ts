import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { backendKeys, type BackendListFilter } from './query-keys';

export function listBackends(filter: BackendListFilter, signal?: AbortSignal) {
  return apiRequest(routes.listBackends, {
    query: { page: filter.page, pageSize: filter.pageSize, search: filter.search, type: filter.type, profile: filter.profile },
    signal,
  });
}

export const backendListQueryOptions = (filter: BackendListFilter) =>
  queryOptions({
    queryKey: backendKeys.list(filter),
    queryFn: ({ signal }) => listBackends(filter, signal),
    // Paging, searching and filtering keep the previous page on screen instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });

export function useBackends(filter: Omit<BackendListFilter, 'profile'>) {
  const { profileId } = useActiveProfile();
  return useQuery(backendListQueryOptions({ ...filter, profile: profileId }));
}
