import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { inventoryExportPath, type InventoryExportQuery } from '@portico/contracts/bindings';
import type { z } from 'zod';
import { ApiError, ClientErrorCode, errorFromResponse, urlOf } from '@/lib/api-client';
import { filenameFromDisposition, saveBlob } from '@/lib/download';

export type InventoryExportFormat = z.output<typeof InventoryExportQuery>['format'];

export interface ExportInventoryVariables {
  profile: string | undefined;
  format: InventoryExportFormat;
}

/** GET /api/bindings-export?format=…: the session cookie authenticates it. */
export const inventoryExportUrl = ({ profile, format }: ExportInventoryVariables) => urlOf(inventoryExportPath, undefined, { profile, format });

/**
 * Downloads the whole inventory as a file. Fetched rather than followed as a link, so "no
 * inventory yet" or an ended session is said on the page instead of saved as the file.
 */
export async function exportInventory(variables: ExportInventoryVariables): Promise<string> {
  let response: Response;
  try {
    response = await fetch(inventoryExportUrl(variables), {
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
  const name = filenameFromDisposition(response.headers.get('Content-Disposition')) ?? `portico-bindings.${variables.format}`;
  saveBlob(await response.blob(), name);
  return name;
}

type Options = Omit<UseMutationOptions<string, Error, ExportInventoryVariables>, 'mutationFn'>;

export function useExportInventory(config: Options = {}) {
  return useMutation({ ...config, mutationFn: exportInventory });
}
