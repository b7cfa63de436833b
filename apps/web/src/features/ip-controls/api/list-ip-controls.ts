import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { ipControlKeys, type IpControlListFilter } from './query-keys';

export function listIpControls(filter: IpControlListFilter, signal?: AbortSignal) {
  return apiRequest(routes.listIpControls, {
    query: { page: filter.page, pageSize: filter.pageSize, search: filter.search, type: filter.type, profile: filter.profile },
    signal,
  });
}

export const ipControlListQueryOptions = (filter: IpControlListFilter) =>
  queryOptions({
    queryKey: ipControlKeys.list(filter),
    queryFn: ({ signal }) => listIpControls(filter, signal),
    // Paging, searching and filtering keep the previous page on screen instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });

export function useIpControls(filter: Omit<IpControlListFilter, 'profile'>) {
  const { profileId } = useActiveProfile();
  return useQuery(ipControlListQueryOptions({ ...filter, profile: profileId }));
}
