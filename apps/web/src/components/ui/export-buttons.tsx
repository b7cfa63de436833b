import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '@/lib/download';
import { IconDownload } from './icons';

/** The state of one export mutation, as the buttons need it. */
interface ExportState {
  isPending: boolean;
  variables: { format: ExportFormat } | undefined;
  error: Error | null;
}

/**
 * Export CSV / Export JSON, and why the last export failed. While one file downloads, its
 * button spins and the other waits, so one click gives one file.
 */
export function ExportButtons({ exporting, onExport, disabled = false }: { exporting: ExportState; onExport: (format: ExportFormat) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const busy = (format: ExportFormat) => exporting.isPending && exporting.variables?.format === format;
  const button = (format: ExportFormat, label: string) => (
    <Button
      variant="default"
      size="sm"
      leftSection={<IconDownload size={16} />}
      loading={busy(format)}
      disabled={disabled || (exporting.isPending && !busy(format))}
      onClick={() => onExport(format)}
    >
      {label}
    </Button>
  );
  return (
    <Group gap="xs" wrap="nowrap">
      {exporting.error ? (
        <Text size="sm" c="red" role="alert">
          {t('components.export.failed', { message: exporting.error.message })}
        </Text>
      ) : null}
      {button('csv', t('components.export.csv'))}
      {button('json', t('components.export.json'))}
    </Group>
  );
}
