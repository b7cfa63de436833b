import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import type { TaskListItem } from '@portico/contracts/tasks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { HomeCard } from './home-card';

function TaskLine({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  const done = task.counts.succeeded + task.counts.failed;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Anchor component={Link} to={`/tasks/${encodeURIComponent(task.id)}`} size="sm" fw={500} truncate="end">
          {task.targetName}
        </Anchor>
        <Text size="xs" c="dimmed" className="portico-nowrap">
          {t('home.tasks.progress', { done, total: task.counts.total })}
        </Text>
      </Group>
      <Progress value={task.counts.total ? (done / task.counts.total) * 100 : 0} size="sm" aria-label={task.targetName} />
      <Text size="xs" c="dimmed">
        {t('home.tasks.startedBy', { person: task.actor ?? '—', at: formatDateTime(task.createdAt, { withZone: true }) })}
      </Text>
    </Stack>
  );
}

/** Batch updates still running, each linking to its progress. */
export function RunningTasks({ total, items }: { total: number; items: TaskListItem[] }) {
  const { t } = useTranslation();
  return (
    <HomeCard id="home-tasks" title={t('home.tasks.title', { count: total })} more={{ label: t('home.tasks.all'), to: '/tasks' }}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.tasks.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((task) => (
            <TaskLine key={task.id} task={task} />
          ))}
        </Stack>
      )}
    </HomeCard>
  );
}
