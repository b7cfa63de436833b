import { ExportButtons } from '@/components/ui/export-buttons';
import { useExportInventory } from '../api/export-inventory';

/** Export CSV / Export JSON of the whole inventory (every API, resource and finding). */
export function InventoryExportButtons({ profile, disabled }: { profile: string | undefined; disabled: boolean }) {
  const exporting = useExportInventory();
  return <ExportButtons exporting={exporting} onExport={(format) => exporting.mutate({ profile, format })} disabled={disabled} />;
}
