import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { TaskListItem } from '@portico/contracts/tasks';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';

const statusColor: Record<TaskListItem['status'], string> = { running: 'blue', completed: 'teal', failed: 'red' };
const kindLabel: Record<TaskListItem['kind'], string> = {
  'vpc-authorization-update': 'VPC authorization',
  'backend-model-update': 'Backend model',
};

/** One row per batch update: what, who, when, its state and its per-API results, linking to the task's page. */
export function TaskHistoryTable({ tasks }: { tasks: TaskListItem[] }) {
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="xs" striped aria-label="Tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>State</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>APIs</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <Badge color={statusColor[task.status]} variant="light" size="sm" radius="sm" miw="max-content">
                  {task.status}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/tasks/${task.id}`} size="sm" fw={500}>
                  {task.targetName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {kindLabel[task.kind]}
                  {task.operation ? ` · ${task.operation}` : ''} · {task.profile}
                </Text>
              </Table.Td>
              <Table.Td fz="sm">{task.actor ?? '—'}</Table.Td>
              <Table.Td fz="sm" className="portico-nowrap">
                {formatDateTime(task.createdAt)}
              </Table.Td>
              <Table.Td fz="sm">
                {task.counts.total === 0
                  ? 'none to update'
                  : `${task.counts.succeeded} succeeded, ${task.counts.failed} failed, ${task.counts.pending} pending of ${task.counts.total}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
