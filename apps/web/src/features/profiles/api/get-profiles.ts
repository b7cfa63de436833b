import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';

export const profileKeys = {
  all: ['profiles'] as const,
  list: () => [...profileKeys.all, 'list'] as const,
};

export function getProfiles(signal?: AbortSignal) {
  return apiRequest(routes.listProfiles, { signal });
}

export const profilesQueryOptions = () =>
  queryOptions({
    queryKey: profileKeys.list(),
    queryFn: ({ signal }) => getProfiles(signal),
    // Profiles come from the BFF's start-up configuration; they do not change under us.
    staleTime: 5 * 60_000,
  });

export function useProfiles() {
  return useQuery(profilesQueryOptions());
}
