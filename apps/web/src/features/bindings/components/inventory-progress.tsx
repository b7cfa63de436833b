import { Alert, Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inventoryPhaseIds, type InventoryJob, type InventoryPhase } from '@portico/contracts/bindings';
import { i18n } from '@/lib/i18n/i18n';
import { IconAlert, IconWifiOff } from '@/components/ui/icons';
import type { BuildStreamState } from '../hooks/use-inventory-build';

/** The phase in the reader's language; one this console has no words for is shown as the BFF wrote it. */
const phaseText = (phase: string) => {
  const id = Object.hasOwn(inventoryPhaseIds, phase) ? inventoryPhaseIds[phase as InventoryPhase] : undefined;
  return id ? i18n.t(`bindings.progress.phases.${id}`) : phase;
};

const percentOf = (job: InventoryJob) => (job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0);

function StreamNote({ stream }: { stream: BuildStreamState }) {
  const { t } = useTranslation();
  if (stream === 'reconnecting' || stream === 'lost') {
    return (
      <Group gap={6} role="status">
        <IconWifiOff size={14} color="var(--mantine-color-orange-8)" />
        <Text size="xs" c="orange">
          {stream === 'lost' ? t('bindings.progress.lost') : t('bindings.progress.reconnecting')}
        </Text>
      </Group>
    );
  }
  return null;
}

/**
 * A build in progress: calls done of calls known so far (the total grows as the build finds
 * more to read), and what it reads now. The previous inventory stays on screen meanwhile.
 */
export function InventoryProgress({ job, stream, landing }: { job: InventoryJob | null; stream: BuildStreamState; landing: boolean }) {
  const { t } = useTranslation();
  const percent = job ? (landing ? 100 : percentOf(job)) : 0;
  const text = !job
    ? t('bindings.progress.starting')
    : landing
      ? t('bindings.progress.landing')
      : t('bindings.progress.calls', { done: job.done, total: job.total, phase: phaseText(job.phase) });
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('bindings.progress.label')}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap={8} wrap="nowrap">
            <Loader size={14} />
            <Text size="sm" fw={500}>
              {t('bindings.progress.title')}
            </Text>
            <Text size="sm" c="dimmed" data-testid="inventory-phase">
              {text}
            </Text>
          </Group>
          <StreamNote stream={stream} />
        </Group>
        <Progress.Root
          size="md"
          role="progressbar"
          aria-label={t('bindings.progress.bar')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={text}
        >
          <Progress.Section withAria={false} value={percent} animated striped />
        </Progress.Root>
      </Stack>
    </Paper>
  );
}

/** The last build failed: say why; the inventory before it (if any) is still shown. */
export function InventoryBuildFailed({ job }: { job: InventoryJob }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={t('bindings.progress.failed')} role="alert">
      {job.error ?? t('bindings.progress.stopped')} {job.done > 0 ? t('bindings.progress.gotThrough', { done: job.done, total: job.total }) : ''}
    </Alert>
  );
}
