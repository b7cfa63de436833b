import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@/components/ui/icons';
import { useExportInventory, type InventoryExportFormat } from '../api/export-inventory';

/** Export CSV / Export JSON of the whole inventory (every API, resource and finding). */
export function ExportButtons({ profile, disabled }: { profile: string | undefined; disabled: boolean }) {
  const exporting = useExportInventory();
  const busy = (format: InventoryExportFormat) => exporting.isPending && exporting.variables.format === format;
  const button = (format: InventoryExportFormat, label: string) => (
    <Button
      variant="default"
      size="sm"
      leftSection={<IconDownload size={16} />}
      loading={busy(format)}
      disabled={disabled || (exporting.isPending && !busy(format))}
      onClick={() => exporting.mutate({ profile, format })}
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
