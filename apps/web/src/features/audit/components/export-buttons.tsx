import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@/components/ui/icons';
import { useExportAuditEvents, type AuditExportFilter, type ExportFormat } from '../api/export-audit-events';

/** Export CSV / Export JSON of everything the current filters match (not only this page). */
export function ExportButtons({ filter }: { filter: AuditExportFilter }) {
  const exporting = useExportAuditEvents();
  const busy = (format: ExportFormat) => exporting.isPending && exporting.variables.format === format;
  const button = (format: ExportFormat, label: string) => (
    <Button
      variant="default"
      size="sm"
      leftSection={<IconDownload size={16} />}
      loading={busy(format)}
      disabled={exporting.isPending && !busy(format)}
      onClick={() => exporting.mutate({ filter, format })}
    >
      {label}
    </Button>
  );
  return (
    <Group gap="xs" wrap="nowrap">
      {exporting.error ? (
        <Text size="sm" c="red.7" role="alert">
          Export failed: {exporting.error.message}
        </Text>
      ) : null}
      {button('csv', 'Export CSV')}
      {button('json', 'Export JSON')}
    </Group>
  );
}
