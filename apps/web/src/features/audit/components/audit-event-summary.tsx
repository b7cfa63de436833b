import type { ReactNode } from 'react';
import { Anchor, Badge, Code, DataList, Group, Stack, Text } from '@mantine/core';
import type { AuditEvent } from '@portico/contracts/audit';
import { Link } from 'react-router';
import { CopyableCode } from '@/components/ui/copyable-code';
import { formatTimestamp } from '@/lib/format';
import { cloudLabels, resourceTypeLabels, resultMeanings } from '../utils/labels';
import { AuditResultBadge } from './audit-result-badge';
import { auditEventPath } from './audit-table';

export interface AuditEventLinks {
  /** The resource's own page, when the console has one. */
  target?: string | undefined;
  /** The batch update the change started. */
  task?: string | undefined;
}

const none = (
  <Text span c="dimmed">
    —
  </Text>
);

const taskOutcomeColors: Record<string, string> = { completed: 'teal', failed: 'red' };

/** Who, when, what, where (cloud, profile, region), and how it ended, RequestId copyable. */
export function AuditEventSummary({ event, links = {} }: { event: AuditEvent; links?: AuditEventLinks }) {
  const rows: [string, ReactNode][] = [
    ['Time', formatTimestamp(event.at, { withZone: true })],
    ['Person', event.actor.name],
    ['Operation', <Code key="op">{event.operation}</Code>],
    ['Resource type', resourceTypeLabels[event.resourceType]],
    [
      'Target',
      links.target ? (
        <Anchor key="target" component={Link} to={links.target} size="sm">
          {event.target}
        </Anchor>
      ) : (
        event.target
      ),
    ],
    [
      'Result',
      <Stack key="result" gap={4}>
        <Group gap="xs">
          <AuditResultBadge result={event.result} />
          <Text size="xs" c="dimmed">
            {resultMeanings[event.result]}
          </Text>
        </Group>
        {event.error ? (
          <Text size="sm" c="red">
            {event.error}
          </Text>
        ) : null}
      </Stack>,
    ],
    ['Cloud', cloudLabels[event.cloud] ?? event.cloud],
    ['Profile', event.profile === '-' ? none : event.profile],
    ['Region', event.region === '-' ? none : event.region],
    ['RequestId', event.requestId ? <CopyableCode key="rid" value={event.requestId} label="RequestId" /> : none],
    ['Client address', event.clientAddress ? <Code key="address">{event.clientAddress}</Code> : none],
  ];
  if (event.taskId) {
    rows.push([
      'Task',
      <Group key="task" gap="xs">
        {links.task ? (
          <Anchor component={Link} to={links.task} size="sm">
            Open task progress
          </Anchor>
        ) : (
          <Code>{event.taskId}</Code>
        )}
        {event.taskOutcome ? (
          <Badge size="sm" variant="light" radius="sm" tt="none" color={taskOutcomeColors[event.taskOutcome] ?? 'gray'}>
            {event.taskOutcome}
          </Badge>
        ) : (
          <Text size="xs" c="dimmed">
            still running
          </Text>
        )}
      </Group>,
    ]);
  }
  if (event.revertOf) {
    rows.push([
      'Reverts',
      <Anchor key="revert-of" component={Link} to={auditEventPath(event.revertOf)} size="sm">
        the change it undid
      </Anchor>,
    ]);
  }
  if (event.finishedAt) rows.push(['Finished', formatTimestamp(event.finishedAt, { withZone: true })]);

  return (
    <DataList orientation="horizontal" labelWidth={140} size="sm" withDivider aria-label="Event">
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
