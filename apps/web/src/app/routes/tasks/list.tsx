import { useState } from 'react';
import { Group, NativeSelect, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TaskStatus } from '@portico/contracts/tasks';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useTaskList } from '@/features/tasks/api/list-tasks';
import { TaskHistoryTable, useTaskColumns } from '@/features/tasks/components/task-history-table';
import { TimeZoneNote } from '@/components/layout/time-zone-note';

const PAGE_SIZE = 20;

export function TaskHistoryRoute() {
  const { t } = useTranslation();
  usePageTitle(t('tasks.title'));
  const columns = useTaskColumns();
  const statusOptions = [{ value: '', label: t('tasks.everyState') }, ...TaskStatus.options.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))];
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<TaskStatus | undefined>(undefined);
  const tasks = useTaskList({ page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) });
  const pages = Math.max(1, Math.ceil((tasks.data?.total ?? 0) / PAGE_SIZE));

  return (
    <>
      <PageHeader title={t('tasks.title')} description={t('tasks.description')} />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <NativeSelect
            label={t('tasks.columns.state')}
            data={statusOptions}
            value={status ?? ''}
            onChange={(e) => {
              setPage(1);
              setStatus(TaskStatus.safeParse(e.currentTarget.value).data);
            }}
            w={180}
          />
          {tasks.error ? <ApiErrorAlert error={tasks.error} title={t('tasks.loadFailed')} onRetry={() => void tasks.refetch()} retrying={tasks.isFetching} /> : null}
          {tasks.isPending ? <TableSkeleton headers={columns} label={t('tasks.loading')} /> : null}
          {tasks.data && tasks.data.items.length === 0 ? (
            <Text size="sm">{status ? t('tasks.emptyInState', { state: t(`tasks.status.${status}`) }) : t('tasks.empty')}</Text>
          ) : null}
          {tasks.data && tasks.data.items.length > 0 ? <TimeZoneNote /> : null}
          {tasks.data && tasks.data.items.length > 0 ? <TaskHistoryTable tasks={tasks.data.items} /> : null}
          {pages > 1 ? (
            <Group justify="flex-end">
              <Pagination total={pages} value={page} onChange={setPage} size="sm" />
            </Group>
          ) : null}
        </Stack>
      </Paper>
    </>
  );
}
