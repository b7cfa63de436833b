import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { auditKeys, type AuditListFilter } from './query-keys';

export function listAuditEvents(filter: AuditListFilter, signal?: AbortSignal) {
  return apiRequest(routes.listAudit, { query: { ...filter }, signal });
}

export const auditEventsQueryOptions = (filter: AuditListFilter) =>
  queryOptions({
    queryKey: auditKeys.list(filter),
    queryFn: ({ signal }) => listAuditEvents(filter, signal),
    // Paging and filtering keep the previous page on screen instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });

export function useAuditEvents(filter: AuditListFilter) {
  return useQuery(auditEventsQueryOptions(filter));
}
