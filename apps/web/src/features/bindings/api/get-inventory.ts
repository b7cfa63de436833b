import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { bindingsKeys } from './query-keys';

/** GET /api/bindings: the last inventory built for the profile; 404 "No inventory yet" before the first. */
export function getInventory(profile: string | undefined, signal?: AbortSignal) {
  return apiRequest(routes.getInventory, { query: { profile }, signal });
}

export const inventoryQueryOptions = (profile: string | undefined) =>
  queryOptions({
    queryKey: bindingsKeys.inventory(profile),
    queryFn: ({ signal }) => getInventory(profile, signal),
    // An inventory changes only when someone rebuilds it, and its "as of" says how old it is:
    // it is read again after a build, not on every focus.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    // A new inventory replaces the old one wholesale; comparing 10,000 APIs deep would only cost.
    structuralSharing: false,
  });

export function useInventory() {
  const { profileId } = useActiveProfile();
  return useQuery(inventoryQueryOptions(profileId));
}
