import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { BindingFilters, InventoryExportQuery } from '@portico/contracts/bindings-filter';
import { routes } from '@portico/contracts/routes';
import type { z } from 'zod';
import { urlOf } from '@/lib/api-client';
import { downloadExport } from '@/lib/download';

export type InventoryExportFormat = z.output<typeof InventoryExportQuery>['format'];

export interface ExportInventoryVariables {
  profile: string | undefined;
  format: InventoryExportFormat;
  /** The filters on screen: the file holds what the page shows. */
  filters?: BindingFilters;
}

/** The inventory export's URL with `format` and the filters: the session cookie authenticates it. */
export const inventoryExportUrl = ({ profile, format, filters }: ExportInventoryVariables) => urlOf(routes.exportInventory.path, undefined, { profile, format, ...filters });

/** Downloads the inventory (what the filters leave of it) as a file; "no inventory yet" is said on the page, not saved. */
export function exportInventory(variables: ExportInventoryVariables): Promise<string> {
  return downloadExport(inventoryExportUrl(variables), variables.format, 'portico-bindings');
}

type Options = Omit<UseMutationOptions<string, Error, ExportInventoryVariables>, 'mutationFn'>;

export function useExportInventory(config: Options = {}) {
  return useMutation({ ...config, mutationFn: exportInventory });
}
