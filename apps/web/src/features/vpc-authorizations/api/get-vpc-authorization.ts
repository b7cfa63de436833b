import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { vpcAuthorizationKeys } from './query-keys';

export function getVpcAuthorization(name: string, profile: string | undefined, signal?: AbortSignal) {
  return apiRequest(routes.getVpcAuthorization, { params: { name }, query: { profile }, signal });
}

export const vpcAuthorizationQueryOptions = (name: string, profile: string | undefined) =>
  queryOptions({
    queryKey: vpcAuthorizationKeys.detail(name, profile),
    queryFn: ({ signal }) => getVpcAuthorization(name, profile, signal),
  });

export function useVpcAuthorization(name: string) {
  const { profileId } = useActiveProfile();
  return useQuery(vpcAuthorizationQueryOptions(name, profileId));
}
