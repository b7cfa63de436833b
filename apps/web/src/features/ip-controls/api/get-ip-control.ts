import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { ipControlKeys } from './query-keys';

export function getIpControl(id: string, profile: string | undefined, signal?: AbortSignal) {
  return apiRequest(routes.getIpControl, { params: { id }, query: { profile }, signal });
}

/** The ACL, its policy items and the published APIs it guards, in one answer. */
export const ipControlQueryOptions = (id: string, profile: string | undefined) =>
  queryOptions({
    queryKey: ipControlKeys.detail(id, profile),
    queryFn: ({ signal }) => getIpControl(id, profile, signal),
  });

export function useIpControl(id: string) {
  const { profileId } = useActiveProfile();
  return useQuery(ipControlQueryOptions(id, profileId));
}
