import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { auditKeys } from './query-keys';

/** A change still in flight is read again until the cloud has answered. */
const PENDING_POLL_MS = 2_000;

export function getAuditEvent(id: string, signal?: AbortSignal) {
  return apiRequest(routes.getAuditEvent, { params: { id }, signal });
}

export const auditEventQueryOptions = (id: string) =>
  queryOptions({
    queryKey: auditKeys.detail(id),
    queryFn: ({ signal }) => getAuditEvent(id, signal),
    refetchInterval: (query) => (query.state.data?.result === 'pending' ? PENDING_POLL_MS : false),
  });

export function useAuditEvent(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...auditEventQueryOptions(id), enabled: options.enabled ?? true });
}
