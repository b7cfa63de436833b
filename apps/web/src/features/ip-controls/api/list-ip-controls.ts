import { useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { resourceListQueryOptions } from '@/lib/resource-queries';
import { ipControlKeys, type IpControlListFilter } from './query-keys';

export function listIpControls(filter: IpControlListFilter, signal?: AbortSignal) {
  return apiRequest(routes.listIpControls, {
    query: { page: filter.page, pageSize: filter.pageSize, search: filter.search, type: filter.type, profile: filter.profile },
    signal,
  });
}

export const ipControlListQueryOptions = (filter: IpControlListFilter) => resourceListQueryOptions(ipControlKeys, filter, listIpControls);

export function useIpControls(filter: Omit<IpControlListFilter, 'profile'>) {
  const { profileId } = useActiveProfile();
  return useQuery(ipControlListQueryOptions({ ...filter, profile: profileId }));
}
