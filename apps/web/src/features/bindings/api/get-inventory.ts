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
    // It changes with a build and with each change made through the console (the BFF updates the
    // touched resource at once): read again when the page is opened after a while, not on focus.
    staleTime: 15_000,
    refetchOnWindowFocus: false,
    // A new inventory replaces the old one wholesale; comparing 10,000 APIs deep would only cost.
    structuralSharing: false,
  });

/** `enabled: false` holds the request back (the page asks once its table's first rows are in). */
export function useInventory({ enabled = true }: { enabled?: boolean } = {}) {
  const { profileId } = useActiveProfile();
  return useQuery({ ...inventoryQueryOptions(profileId), enabled });
}
