import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { bindingsKeys } from './query-keys';

/** GET /api/bindings/resources/:key: what depends on one resource, from the latest inventory. */
export function getResourceImpact(profile: string | undefined, key: string, signal?: AbortSignal) {
  return apiRequest(routes.getResourceImpact, { params: { key }, query: { profile }, signal });
}

export const resourceImpactQueryOptions = (profile: string | undefined, key: string) =>
  queryOptions({
    queryKey: bindingsKeys.impact(profile, key),
    queryFn: ({ signal }) => getResourceImpact(profile, key, signal),
    // Read from the same inventory as the page: fresh until that inventory is replaced.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });

export function useResourceImpact(key: string | undefined) {
  const { profileId } = useActiveProfile();
  return useQuery({ ...resourceImpactQueryOptions(profileId, key ?? ''), enabled: key !== undefined });
}
