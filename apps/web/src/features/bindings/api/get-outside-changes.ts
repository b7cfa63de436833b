import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { bindingsKeys } from './query-keys';

/** The changes refreshes found made to one resource outside Portico (audit events of that kind). */
export function getOutsideChanges(resourceId: string, signal?: AbortSignal) {
  return apiRequest(routes.listAudit, { query: { category: 'outside', target: resourceId, pageSize: 10 }, signal });
}

export const outsideChangesQueryOptions = (resourceId: string) =>
  queryOptions({
    queryKey: [...bindingsKeys.all, 'outside', resourceId] as const,
    queryFn: ({ signal }) => getOutsideChanges(resourceId, signal),
    staleTime: 30_000,
  });

export function useOutsideChanges(resourceId: string | undefined) {
  return useQuery({ ...outsideChangesQueryOptions(resourceId ?? ''), enabled: resourceId !== undefined });
}
