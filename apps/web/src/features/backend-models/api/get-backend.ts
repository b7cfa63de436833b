import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { backendKeys } from './query-keys';

export function getBackend(id: string, profile: string | undefined, signal?: AbortSignal) {
  return apiRequest(routes.getBackend, { params: { id }, query: { profile }, signal });
}

/** The backend, its model per stage (secrets masked) and the published APIs per stage. */
export const backendQueryOptions = (id: string, profile: string | undefined) =>
  queryOptions({
    queryKey: backendKeys.detail(id, profile),
    queryFn: ({ signal }) => getBackend(id, profile, signal),
  });

export function useBackend(id: string) {
  const { profileId } = useActiveProfile();
  return useQuery(backendQueryOptions(id, profileId));
}
