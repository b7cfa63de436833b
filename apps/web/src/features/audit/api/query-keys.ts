import type { AuditQuery } from '@portico/contracts/audit';

/** The filters of one page of the audit log, as the list's key and request. */
export type AuditListFilter = AuditQuery;

/** The one key factory of the audit feature, general to specific. */
export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (filter: AuditListFilter) => [...auditKeys.lists(), filter] as const,
  details: () => [...auditKeys.all, 'detail'] as const,
  detail: (id: string) => [...auditKeys.details(), id] as const,
  revertPreview: (id: string) => [...auditKeys.detail(id), 'revert-preview'] as const,
};
