import { useEffect, useRef } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Progress, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { ApiUpdateStatus, Task } from '@portico/contracts/tasks';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { CopyableCode } from '@/components/ui/copyable-code';
import { IconAlert, IconCheck, IconRefresh, IconWifiOff } from '@/components/ui/icons';
import { StageBadge } from '@/components/ui/stage-badge';
import { isApiError } from '@/lib/api-client';
import { formatDateTime, plural } from '@/lib/format';
import { useTaskProgress, type StreamState } from '../hooks/use-task-progress';
import { apiKey, displayCounts, isFinished, percentDone } from '../utils/task-progress';

const statusColors: Record<ApiUpdateStatus, string> = {
  pending: 'gray',
  running: 'blue',
  succeeded: 'teal',
  failed: 'red',
};

const kindTitles: Record<Task['kind'], string> = {
  'vpc-authorization-update': 'Updating the APIs bound to',
  'backend-model-update': 'Updating the backend model of',
};

function StreamIndicator({ stream, onRetry, retrying }: { stream: StreamState; onRetry: () => void; retrying: boolean }) {
  switch (stream) {
    case 'live':
      return (
        <Badge color="teal" variant="dot" size="sm">
          Live
        </Badge>
      );
    case 'connecting':
      return (
        <Group gap={6}>
          <Loader size={12} />
          <Text size="xs" c="dimmed">
            Connecting…
          </Text>
        </Group>
      );
    case 'reconnecting':
      return (
        <Group gap={6} role="status">
          <Loader size={12} color="orange" />
          <Text size="xs" c="orange">
            Reconnecting…
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={onRetry} loading={retrying} leftSection={<IconRefresh size={12} />}>
            Retry
          </Button>
        </Group>
      );
    case 'lost':
      return (
        <Group gap={6} role="status">
          <IconWifiOff size={14} color="var(--mantine-color-red-7)" />
          <Text size="xs" c="red">
            Live updates lost
          </Text>
          <Button size="compact-xs" variant="light" color="red" onClick={onRetry} loading={retrying} leftSection={<IconRefresh size={12} />}>
            Retry
          </Button>
        </Group>
      );
    case 'idle':
      return null;
  }
}

function ResultBanner({ task }: { task: Task }) {
  const counts = displayCounts(task);
  // With no API to update, the panel itself says so; "All 0 APIs updated" would say nothing.
  if (counts.total === 0) return null;
  if (task.status === 'completed') {
    const clean = counts.failed === 0;
    return (
      <Alert
        color={clean ? 'teal' : 'yellow'}
        variant="light"
        icon={clean ? <IconCheck /> : <IconAlert />}
        title={clean ? 'Completed' : 'Completed with failures'}
        role="status"
      >
        {clean ? `All ${plural(counts.total, 'API')} updated.` : `${counts.succeeded} succeeded, ${counts.failed} failed of ${plural(counts.total, 'API')}.`}
      </Alert>
    );
  }
  if (task.status === 'failed') {
    return (
      <Alert color="red" variant="light" icon={<IconAlert />} title="Failed" role="alert">
        <Stack gap={4}>
          <Text size="sm">
            {counts.succeeded} succeeded, {counts.failed} failed
            {counts.pending > 0 ? `, ${counts.pending} not processed` : ''} of {plural(counts.total, 'API')}.
          </Text>
          {task.error ? <Text size="sm">{task.error}</Text> : null}
        </Stack>
      </Alert>
    );
  }
  return null;
}

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Stack gap={0} miw={72}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={650} c={color} data-count={label.toLowerCase()}>
        {value}
      </Text>
    </Stack>
  );
}

interface TaskProgressPanelProps {
  taskId: string;
  /** Called once when the task finishes (e.g. to refresh what it changed). */
  onFinished?: (task: Task) => void;
  /** Render without the outer card, for the task's own page. */
  bare?: boolean;
}

/**
 * A batch update API by API: progress bar, counts, one row per API, the final result. It loads
 * the task, then follows its event stream; a reload picks up where it was.
 */
export function TaskProgressPanel({ taskId, onFinished, bare = false }: TaskProgressPanelProps) {
  const { task, stream, retry, isLoading, error, isRetrying } = useTaskProgress(taskId);

  const reported = useRef(false);
  useEffect(() => {
    if (task && isFinished(task) && !reported.current) {
      reported.current = true;
      onFinished?.(task);
    }
  }, [task, onFinished]);

  let body;
  if (isLoading) {
    body = (
      <Stack gap="sm" aria-busy="true" aria-label="Loading task">
        <Skeleton height={18} width="40%" />
        <Skeleton height={10} />
        <Skeleton height={60} />
      </Stack>
    );
  } else if (error || !task) {
    body = (
      <ApiErrorAlert
        error={error}
        title={isApiError(error) && error.isNotFound ? 'This task does not exist (any more)' : 'Could not load the task'}
        onRetry={retry}
        retrying={isRetrying}
      />
    );
  } else {
    const counts = displayCounts(task);
    const percent = percentDone(task);
    const finished = isFinished(task);
    const processed = counts.succeeded + counts.failed;
    body = (
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} fz="lg" fw={600}>
              {kindTitles[task.kind]} “{task.targetName}”
            </Title>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                Operation
              </Text>
              <CopyableCode value={task.operationId} label="operation ID" />
              <Text size="xs" c="dimmed">
                · started {formatDateTime(task.createdAt, { withZone: true })}
              </Text>
            </Group>
          </Stack>
          <StreamIndicator stream={stream} onRetry={retry} retrying={isRetrying} />
        </Group>

        {counts.total === 0 ? (
          <Alert color="blue" variant="light" role="status" icon={<IconCheck />} title="Nothing to update">
            No published API uses “{task.targetName}” here, so there was no API to update: the change itself is saved.
          </Alert>
        ) : (
          <Stack gap={6}>
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                {processed} of {plural(counts.total, 'API')} processed
              </Text>
              <Text size="sm" c="dimmed">
                {percent}%
              </Text>
            </Group>
            <Progress.Root
              size="lg"
              role="progressbar"
              aria-label="Task progress"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={`${processed} of ${counts.total} processed`}
            >
              <Progress.Section
                withAria={false}
                value={counts.total ? (counts.succeeded / counts.total) * 100 : finished ? 100 : 0}
                color="teal"
                animated={!finished}
                striped={!finished}
              />
              <Progress.Section withAria={false} value={counts.total ? (counts.failed / counts.total) * 100 : 0} color="red" />
            </Progress.Root>
            <Group gap="xl" mt={4}>
              <Count label="Total" value={counts.total} />
              <Count label="Succeeded" value={counts.succeeded} color="teal" />
              <Count label="Failed" value={counts.failed} color={counts.failed ? 'red.7' : undefined} />
              <Count label="Pending" value={counts.pending} color="dimmed" />
            </Group>
          </Stack>
        )}

        <ResultBanner task={task} />

        {task.apis.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" striped highlightOnHover aria-label="APIs in this task">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Group</Table.Th>
                  <Table.Th>Stage</Table.Th>
                  <Table.Th>API</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Message</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {task.apis.map((api) => (
                  <Table.Tr key={apiKey(api)} data-status={api.status}>
                    <Table.Td>{api.groupName}</Table.Td>
                    <Table.Td>
                      <StageBadge stage={api.stageName} />
                    </Table.Td>
                    <Table.Td fw={500}>{api.apiName}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColors[api.status]} variant={api.status === 'pending' ? 'outline' : 'light'} size="sm">
                        {api.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={api.status === 'failed' ? 'red.7' : 'dimmed'}>
                        {api.message ?? ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {finished ? 'No API was part of this task.' : 'Waiting for the cloud to list the APIs…'}
          </Text>
        )}
      </Stack>
    );
  }

  if (bare) return <section aria-label="Batch update">{body}</section>;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Batch update">
      {body}
    </Paper>
  );
}
