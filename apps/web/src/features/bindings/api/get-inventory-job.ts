import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { bindingsKeys } from './query-keys';

export function getInventoryJob(id: string, signal?: AbortSignal) {
  return apiRequest(routes.getInventoryJob, { params: { id }, signal });
}

export const inventoryJobQueryOptions = (id: string) =>
  queryOptions({
    queryKey: bindingsKeys.job(id),
    queryFn: ({ signal }) => getInventoryJob(id, signal),
    // The event stream keeps the progress current; this snapshot is read while it is down.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });

/** Polls the job while `pollMs` is set (the stream is down), otherwise stays idle. */
export function useInventoryJob(id: string | undefined, pollMs: number | false) {
  return useQuery({ ...inventoryJobQueryOptions(id ?? ''), enabled: id !== undefined && pollMs !== false, refetchInterval: pollMs });
}
