import { useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { resourceListQueryOptions } from '@/lib/resource-queries';
import { backendKeys, type BackendListFilter } from './query-keys';

export function listBackends(filter: BackendListFilter, signal?: AbortSignal) {
  return apiRequest(routes.listBackends, {
    query: { page: filter.page, pageSize: filter.pageSize, search: filter.search, type: filter.type, profile: filter.profile },
    signal,
  });
}

export const backendListQueryOptions = (filter: BackendListFilter) => resourceListQueryOptions(backendKeys, filter, listBackends);

export function useBackends(filter: Omit<BackendListFilter, 'profile'>) {
  const { profileId } = useActiveProfile();
  return useQuery(backendListQueryOptions({ ...filter, profile: profileId }));
}
