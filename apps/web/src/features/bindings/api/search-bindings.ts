import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { bindingsKeys } from './query-keys';

/** GET /api/bindings/search: the BFF searches the latest inventory, the browser gets the hits only. */
export function searchBindings(profile: string | undefined, q: string, signal?: AbortSignal) {
  return apiRequest(routes.searchBindings, { query: { profile, q, limit: 30 }, signal });
}

export const bindingsSearchQueryOptions = (profile: string | undefined, q: string) =>
  queryOptions({
    queryKey: bindingsKeys.search(profile, q),
    queryFn: ({ signal }) => searchBindings(profile, q, signal),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    // The previous hits stay while the next ones come: the list does not flicker as one types.
    placeholderData: keepPreviousData,
  });

export function useBindingsSearch(q: string) {
  const { profileId } = useActiveProfile();
  const text = q.trim();
  return useQuery({ ...bindingsSearchQueryOptions(profileId, text), enabled: text.length > 0 });
}
