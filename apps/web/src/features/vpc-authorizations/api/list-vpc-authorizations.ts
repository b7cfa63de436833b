import { useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { resourceListQueryOptions } from '@/lib/resource-queries';
import { vpcAuthorizationKeys, type VpcAuthorizationListFilter } from './query-keys';

export function listVpcAuthorizations(filter: VpcAuthorizationListFilter, signal?: AbortSignal) {
  return apiRequest(routes.listVpcAuthorizations, {
    query: { page: filter.page, pageSize: filter.pageSize, search: filter.search, profile: filter.profile },
    signal,
  });
}

export const vpcAuthorizationListQueryOptions = (filter: VpcAuthorizationListFilter) => resourceListQueryOptions(vpcAuthorizationKeys, filter, listVpcAuthorizations);

export function useVpcAuthorizations(filter: Omit<VpcAuthorizationListFilter, 'profile'>) {
  const { profileId } = useActiveProfile();
  return useQuery(vpcAuthorizationListQueryOptions({ ...filter, profile: profileId }));
}
