import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { bindingsKeys } from './query-keys';

/** GET /api/bindings/apis/:key: one API's chain in each stage it is published in. */
export function getApiChain(profile: string | undefined, key: string, signal?: AbortSignal) {
  return apiRequest(routes.getApiChain, { params: { key }, query: { profile }, signal });
}

export const apiChainQueryOptions = (profile: string | undefined, key: string) =>
  queryOptions({
    queryKey: bindingsKeys.chain(profile, key),
    queryFn: ({ signal }) => getApiChain(profile, key, signal),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });

export function useApiChain(key: string | undefined) {
  const { profileId } = useActiveProfile();
  return useQuery({ ...apiChainQueryOptions(profileId, key ?? ''), enabled: key !== undefined });
}
