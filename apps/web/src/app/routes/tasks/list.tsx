import { useState } from 'react';
import { Group, NativeSelect, Pagination, Paper, Stack, Text } from '@mantine/core';
import { TaskStatus } from '@portico/contracts/tasks';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useTaskList } from '@/features/tasks/api/list-tasks';
import { TaskHistoryTable } from '@/features/tasks/components/task-history-table';

const PAGE_SIZE = 20;
const STATUS_OPTIONS = [{ value: '', label: 'Every state' }, ...TaskStatus.options.map((s) => ({ value: s, label: s }))];

export function TaskHistoryRoute() {
  usePageTitle('Tasks');
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<TaskStatus | undefined>(undefined);
  const tasks = useTaskList({ page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) });
  const pages = Math.max(1, Math.ceil((tasks.data?.total ?? 0) / PAGE_SIZE));

  return (
    <>
      <PageHeader title="Tasks" description="Every batch update the console started, open ones first: who, what, when, its state and how each API fared." />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <NativeSelect
            label="State"
            data={STATUS_OPTIONS}
            value={status ?? ''}
            onChange={(e) => {
              setPage(1);
              setStatus(TaskStatus.safeParse(e.currentTarget.value).data);
            }}
            w={180}
          />
          {tasks.error ? <ApiErrorAlert error={tasks.error} title="The tasks did not load" onRetry={() => void tasks.refetch()} retrying={tasks.isFetching} /> : null}
          {tasks.isPending ? <TableSkeleton headers={['State', 'What', 'Who', 'Started', 'APIs']} label="Loading tasks" /> : null}
          {tasks.data && tasks.data.items.length === 0 ? <Text size="sm">No batch update yet{status ? ` in state ${status}` : ''}.</Text> : null}
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
