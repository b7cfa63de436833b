import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { demoCloudKeys } from './query-keys';

export function getDemoCloud(signal?: AbortSignal) {
  return apiRequest(routes.getDemoCloud, { signal });
}

export const demoCloudQueryOptions = () =>
  queryOptions({
    queryKey: demoCloudKeys.info(),
    queryFn: ({ signal }) => getDemoCloud(signal),
    staleTime: Infinity,
  });

/** Whether the console runs the embedded demo cloud (it never changes while the server runs). */
export function useDemoCloud() {
  return useQuery(demoCloudQueryOptions());
}
