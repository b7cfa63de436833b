import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '@portico/contracts/tasks';
import { Link } from 'react-router';
import { ResourceTable } from '@/components/list/resource-table';
import { formatDateTime } from '@/lib/format';

const statusColor: Record<TaskListItem['status'], string> = { running: 'blue', completed: 'teal', failed: 'red' };

/** The table's column headers in the reader's language (the loading skeleton shows the same). */
export function useTaskColumns(): string[] {
  const { t } = useTranslation();
  return [t('tasks.columns.state'), t('tasks.columns.what'), t('tasks.columns.who'), t('tasks.columns.started'), t('tasks.columns.apis')];
}

/** One row per batch update: what, who, when (the zone is said once above, TimeZoneNote), its state and its per-API results, linking to the task's page. */
export function TaskHistoryTable({ tasks }: { tasks: TaskListItem[] }) {
  const { t } = useTranslation();
  const columns = useTaskColumns();
  return (
    // Every column sorts (what it shows), the order kept in the URL like every list's.
    <ResourceTable label={t('tasks.title')} columns={columns} minWidth={680} stale={false}>
      {tasks.map((task) => (
        <Table.Tr key={task.id}>
          <Table.Td>
            <Badge color={statusColor[task.status]} variant="light" size="sm" radius="sm" miw="max-content">
              {t(`tasks.status.${task.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td>
            <Anchor component={Link} to={`/tasks/${task.id}`} size="sm" fw={500}>
              {task.targetName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t(`tasks.kind.${task.kind}`)}
              {task.operation ? ` · ${task.operation}` : ''} · {task.profile}
            </Text>
          </Table.Td>
          <Table.Td fz="sm">{task.actor ?? '—'}</Table.Td>
          <Table.Td fz="sm" className="portico-nowrap">
            {formatDateTime(task.createdAt)}
          </Table.Td>
          <Table.Td fz="sm">
            {task.counts.total === 0
              ? t('tasks.noneToUpdate')
              : t('tasks.countsOf', { count: task.counts.total, succeeded: task.counts.succeeded, failed: task.counts.failed, pending: task.counts.pending })}
          </Table.Td>
        </Table.Tr>
      ))}
    </ResourceTable>
  );
}
