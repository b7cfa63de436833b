import { Alert, Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import type { InventoryJob } from '@portico/contracts/bindings';
import { IconAlert, IconWifiOff } from '@/components/ui/icons';
import type { BuildStreamState } from '../hooks/use-inventory-build';

const percentOf = (job: InventoryJob) => (job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0);

function StreamNote({ stream }: { stream: BuildStreamState }) {
  if (stream === 'reconnecting' || stream === 'lost') {
    return (
      <Group gap={6} role="status">
        <IconWifiOff size={14} color="var(--mantine-color-orange-8)" />
        <Text size="xs" c="orange">
          {stream === 'lost' ? 'Live updates lost; checking every few seconds' : 'Reconnecting…'}
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
  const percent = job ? (landing ? 100 : percentOf(job)) : 0;
  const text = !job ? 'Starting…' : landing ? 'Reading the new inventory…' : `${job.done} of ${job.total} cloud calls · ${job.phase}`;
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label="Inventory build">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap={8} wrap="nowrap">
            <Loader size={14} />
            <Text size="sm" fw={500}>
              Building the inventory
            </Text>
            <Text size="sm" c="dimmed" data-testid="inventory-phase">
              {text}
            </Text>
          </Group>
          <StreamNote stream={stream} />
        </Group>
        <Progress.Root size="md" role="progressbar" aria-label="Inventory progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text}>
          <Progress.Section withAria={false} value={percent} animated striped />
        </Progress.Root>
      </Stack>
    </Paper>
  );
}

/** The last build failed: say why; the inventory before it (if any) is still shown. */
export function InventoryBuildFailed({ job }: { job: InventoryJob }) {
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title="The inventory could not be built" role="alert">
      {job.error ?? 'The build stopped.'} {job.done > 0 ? `It got through ${job.done} of ${job.total} cloud calls.` : ''}
    </Alert>
  );
}
