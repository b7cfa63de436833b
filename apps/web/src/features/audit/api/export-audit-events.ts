import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { AuditExportQuery } from '@portico/contracts/audit';
import { auditExportPath } from '@portico/contracts/routes';
import { ApiError, ClientErrorCode, errorFromResponse, urlOf } from '@/lib/api-client';
import { filenameFromDisposition, saveBlob } from '@/lib/download';

export type ExportFormat = AuditExportQuery['format'];
export type AuditExportFilter = Omit<AuditExportQuery, 'format'>;

export interface ExportAuditVariables {
  filter: AuditExportFilter;
  format: ExportFormat;
}

/** GET /api/audit-export?format=…&<filters>: the session cookie authenticates it. */
export const auditExportUrl = ({ filter, format }: ExportAuditVariables) => urlOf(auditExportPath, undefined, { ...filter, format });

/**
 * Downloads the filtered log as a file. Fetched rather than followed as a link, so a refused
 * filter or an ended session is said on the page instead of saved as the file.
 */
export async function exportAuditEvents(variables: ExportAuditVariables): Promise<string> {
  let response: Response;
  try {
    response = await fetch(auditExportUrl(variables), {
      credentials: 'same-origin',
      headers: { Accept: variables.format === 'csv' ? 'text/csv' : 'application/json' },
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: ClientErrorCode.network,
      message: 'Could not reach the Portico server. Check your connection and try again.',
    });
  }
  if (!response.ok) throw await errorFromResponse(response);
  const name = filenameFromDisposition(response.headers.get('Content-Disposition')) ?? `portico-audit.${variables.format}`;
  saveBlob(await response.blob(), name);
  return name;
}

type Options = Omit<UseMutationOptions<string, Error, ExportAuditVariables>, 'mutationFn'>;

export function useExportAuditEvents(config: Options = {}) {
  return useMutation({ ...config, mutationFn: exportAuditEvents });
}
