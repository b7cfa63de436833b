import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { AuditExportQuery } from '@portico/contracts/audit';
import { routes } from '@portico/contracts/routes';
import { urlOf } from '@/lib/api-client';
import { downloadExport } from '@/lib/download';

export type AuditExportFormat = AuditExportQuery['format'];
export type AuditExportFilter = Omit<AuditExportQuery, 'format'>;

export interface ExportAuditVariables {
  filter: AuditExportFilter;
  format: AuditExportFormat;
}

/** The audit export's URL with `format` and the filters: the session cookie authenticates it. */
export const auditExportUrl = ({ filter, format }: ExportAuditVariables) => urlOf(routes.exportAudit.path, undefined, { ...filter, format });

/** Downloads the filtered log as a file; a refused filter is said on the page, not saved. */
export function exportAuditEvents(variables: ExportAuditVariables): Promise<string> {
  return downloadExport(auditExportUrl(variables), variables.format, 'portico-audit');
}

type Options = Omit<UseMutationOptions<string, Error, ExportAuditVariables>, 'mutationFn'>;

export function useExportAuditEvents(config: Options = {}) {
  return useMutation({ ...config, mutationFn: exportAuditEvents });
}
