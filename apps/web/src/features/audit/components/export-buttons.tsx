import { ExportButtons } from '@/components/ui/export-buttons';
import { useExportAuditEvents, type AuditExportFilter } from '../api/export-audit-events';

/** Export CSV / Export JSON of everything the current filters match (not only this page). */
export function AuditExportButtons({ filter }: { filter: AuditExportFilter }) {
  const exporting = useExportAuditEvents();
  return <ExportButtons exporting={exporting} onExport={(format) => exporting.mutate({ filter, format })} />;
}
