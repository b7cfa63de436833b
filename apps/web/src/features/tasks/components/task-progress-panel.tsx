import { useEffect, useRef } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Progress, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiUpdateStatus, Task } from '@portico/contracts/tasks';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { CopyableCode } from '@/components/ui/copyable-code';
import { IconAlert, IconCheck, IconRefresh, IconWifiOff } from '@/components/ui/icons';
import { StageBadge } from '@/components/ui/stage-badge';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useTaskProgress, type StreamState } from '../hooks/use-task-progress';
import { apiKey, displayCounts, isFinished, percentDone } from '../utils/task-progress';

const statusColors: Record<ApiUpdateStatus, string> = {
  pending: 'gray',
  running: 'blue',
  succeeded: 'teal',
  failed: 'red',
};

function StreamIndicator({ stream, onRetry, retrying }: { stream: StreamState; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  switch (stream) {
    case 'live':
      return (
        <Badge color="teal" variant="dot" size="sm">
          {t('tasks.stream.live')}
        </Badge>
      );
    case 'connecting':
      return (
        <Group gap={6}>
          <Loader size={12} />
          <Text size="xs" c="dimmed">
            {t('tasks.stream.connecting')}
          </Text>
        </Group>
      );
    case 'reconnecting':
      return (
        <Group gap={6} role="status">
          <Loader size={12} color="orange" />
          <Text size="xs" c="orange">
            {t('tasks.stream.reconnecting')}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={onRetry} loading={retrying} leftSection={<IconRefresh size={12} />}>
            {t('tasks.stream.retry')}
          </Button>
        </Group>
      );
    case 'lost':
      return (
        <Group gap={6} role="status">
          <IconWifiOff size={14} color="var(--mantine-color-red-7)" />
          <Text size="xs" c="red">
            {t('tasks.stream.lost')}
          </Text>
          <Button size="compact-xs" variant="light" color="red" onClick={onRetry} loading={retrying} leftSection={<IconRefresh size={12} />}>
            {t('tasks.stream.retry')}
          </Button>
        </Group>
      );
    case 'idle':
      return null;
  }
}

function ResultBanner({ task }: { task: Task }) {
  const { t } = useTranslation();
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
        title={clean ? t('tasks.result.completed') : t('tasks.result.completedWithFailures')}
        role="status"
      >
        {clean
          ? t('tasks.result.allUpdated', { count: counts.total })
          : t('tasks.result.someFailed', { count: counts.total, succeeded: counts.succeeded, failed: counts.failed })}
      </Alert>
    );
  }
  if (task.status === 'failed') {
    return (
      <Alert color="red" variant="light" icon={<IconAlert />} title={t('tasks.result.failed')} role="alert">
        <Stack gap={4}>
          <Text size="sm">
            {counts.pending > 0
              ? t('tasks.result.failedWithUnprocessed', { count: counts.total, succeeded: counts.succeeded, failed: counts.failed, pending: counts.pending })
              : t('tasks.result.someFailed', { count: counts.total, succeeded: counts.succeeded, failed: counts.failed })}
          </Text>
          {task.error ? <Text size="sm">{task.error}</Text> : null}
        </Stack>
      </Alert>
    );
  }
  return null;
}

function Count({ label, name, value, color }: { label: string; name: string; value: number; color?: string }) {
  return (
    <Stack gap={0} miw={72}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={650} c={color} data-count={name}>
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
  const { t } = useTranslation();
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
      <Stack gap="sm" aria-busy="true" aria-label={t('tasks.panel.loading')}>
        <Skeleton height={18} width="40%" />
        <Skeleton height={10} />
        <Skeleton height={60} />
      </Stack>
    );
  } else if (error || !task) {
    body = (
      <ApiErrorAlert
        error={error}
        title={isApiError(error) && error.isNotFound ? t('tasks.panel.notFound') : t('tasks.panel.loadFailed')}
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
              {t(`tasks.panel.title.${task.kind}`, { name: task.targetName })}
            </Title>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {t('tasks.panel.operation')}
              </Text>
              <CopyableCode value={task.operationId} label={t('tasks.panel.operationId')} />
              <Text size="xs" c="dimmed">
                · {t('tasks.panel.startedAt', { at: formatDateTime(task.createdAt, { withZone: true }) })}
              </Text>
            </Group>
          </Stack>
          <StreamIndicator stream={stream} onRetry={retry} retrying={isRetrying} />
        </Group>

        {counts.total === 0 ? (
          <Alert color="blue" variant="light" role="status" icon={<IconCheck />} title={t('tasks.panel.nothingToUpdate')}>
            {t('tasks.panel.nothingToUpdateBody', { name: task.targetName })}
          </Alert>
        ) : (
          <Stack gap={6}>
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                {t('tasks.panel.processed', { processed, count: counts.total })}
              </Text>
              <Text size="sm" c="dimmed">
                {percent}%
              </Text>
            </Group>
            <Progress.Root
              size="lg"
              role="progressbar"
              aria-label={t('tasks.panel.progress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={t('tasks.panel.processed', { processed, count: counts.total })}
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
              <Count label={t('tasks.count.total')} name="total" value={counts.total} />
              <Count label={t('tasks.count.succeeded')} name="succeeded" value={counts.succeeded} color="teal" />
              <Count label={t('tasks.count.failed')} name="failed" value={counts.failed} color={counts.failed ? 'red.7' : undefined} />
              <Count label={t('tasks.count.pending')} name="pending" value={counts.pending} color="dimmed" />
            </Group>
          </Stack>
        )}

        <ResultBanner task={task} />

        {task.apis.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" striped highlightOnHover aria-label={t('tasks.panel.apisLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tasks.panel.group')}</Table.Th>
                  <Table.Th>{t('tasks.panel.stage')}</Table.Th>
                  <Table.Th>{t('tasks.panel.api')}</Table.Th>
                  <Table.Th>{t('tasks.panel.status')}</Table.Th>
                  <Table.Th>{t('tasks.panel.message')}</Table.Th>
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
                        {t(`tasks.apiStatus.${api.status}`)}
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
            {finished ? t('tasks.panel.noApi') : t('tasks.panel.waiting')}
          </Text>
        )}
      </Stack>
    );
  }

  if (bare) return <section aria-label={t('tasks.panel.batchUpdate')}>{body}</section>;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('tasks.panel.batchUpdate')}>
      {body}
    </Paper>
  );
}
