import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { InventoryExportQuery } from '@portico/contracts/bindings';
import { routes } from '@portico/contracts/routes';
import type { z } from 'zod';
import { urlOf } from '@/lib/api-client';
import { downloadExport } from '@/lib/download';

export type InventoryExportFormat = z.output<typeof InventoryExportQuery>['format'];

export interface ExportInventoryVariables {
  profile: string | undefined;
  format: InventoryExportFormat;
}

/** The inventory export's URL with `format`: the session cookie authenticates it. */
export const inventoryExportUrl = ({ profile, format }: ExportInventoryVariables) => urlOf(routes.exportInventory.path, undefined, { profile, format });

/** Downloads the whole inventory as a file; "no inventory yet" is said on the page, not saved. */
export function exportInventory(variables: ExportInventoryVariables): Promise<string> {
  return downloadExport(inventoryExportUrl(variables), variables.format, 'portico-bindings');
}

type Options = Omit<UseMutationOptions<string, Error, ExportInventoryVariables>, 'mutationFn'>;

export function useExportInventory(config: Options = {}) {
  return useMutation({ ...config, mutationFn: exportInventory });
}
