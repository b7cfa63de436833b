import type { BindingFilters } from '@portico/contracts/bindings-filter';
import { ExportButtons } from '@/components/ui/export-buttons';
import { useExportInventory } from '../api/export-inventory';

/** Export CSV / Export JSON of what the filters on screen leave (every API, resource and finding without filters). */
export function InventoryExportButtons({ profile, filters, disabled }: { profile: string | undefined; filters: BindingFilters; disabled: boolean }) {
  const exporting = useExportInventory();
  return <ExportButtons exporting={exporting} onExport={(format) => exporting.mutate({ profile, format, filters })} disabled={disabled} />;
}
