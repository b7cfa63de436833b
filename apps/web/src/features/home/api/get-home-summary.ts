import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';

/** The one key factory of the home feature. */
export const homeKeys = {
  all: ['home'] as const,
  summary: () => [...homeKeys.all, 'summary'] as const,
};

export function getHomeSummary(signal?: AbortSignal) {
  return apiRequest(routes.getHomeSummary, { signal });
}

export const homeSummaryQueryOptions = () =>
  queryOptions({
    queryKey: homeKeys.summary(),
    queryFn: ({ signal }) => getHomeSummary(signal),
    // Running tasks and recent changes move while the page is open.
    refetchInterval: 30_000,
  });

export function useHomeSummary() {
  return useQuery(homeSummaryQueryOptions());
}
