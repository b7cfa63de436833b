import type { ReactNode } from 'react';
import { Anchor, Badge, Code, DataList, Group, Stack, Text } from '@mantine/core';
import type { AuditEvent } from '@portico/contracts/audit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyableCode } from '@/components/ui/copyable-code';
import { formatTimestamp } from '@/lib/format';
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

function TaskValue({ event, link }: { event: AuditEvent; link: string | undefined }) {
  const { t } = useTranslation();
  const outcome = event.taskOutcome;
  return (
    <Group gap="xs">
      {link ? (
        <Anchor component={Link} to={link} size="sm">
          {t('audit.summary.openTask')}
        </Anchor>
      ) : (
        <Code>{event.taskId}</Code>
      )}
      {outcome ? (
        <Badge size="sm" variant="light" radius="sm" tt="none" color={taskOutcomeColors[outcome] ?? 'gray'}>
          {outcome === 'completed' || outcome === 'failed' ? t(`audit.taskOutcomes.${outcome}`) : outcome}
        </Badge>
      ) : (
        <Text size="xs" c="dimmed">
          {t('audit.summary.stillRunning')}
        </Text>
      )}
    </Group>
  );
}

/** Who, when, what, where (cloud, profile, region), and how it ended, RequestId copyable. */
export function AuditEventSummary({ event, links = {} }: { event: AuditEvent; links?: AuditEventLinks }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('audit.summary.time'), formatTimestamp(event.at, { withZone: true })],
    [t('audit.summary.person'), event.actor.name],
    [t('audit.summary.operation'), <Code key="op">{event.operation}</Code>],
    [t('audit.summary.resourceType'), t(`audit.resourceTypes.${event.resourceType}`)],
    [
      t('audit.summary.target'),
      links.target ? (
        <Anchor key="target" component={Link} to={links.target} size="sm">
          {event.target}
        </Anchor>
      ) : (
        event.target
      ),
    ],
    [
      t('audit.summary.result'),
      <Stack key="result" gap={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <AuditResultBadge result={event.result} />
          <Text size="xs" c="dimmed">
            {t(`audit.resultMeanings.${event.result}`)}
          </Text>
        </Group>
        {event.error ? (
          <Text size="sm" c="red">
            {event.error}
          </Text>
        ) : null}
      </Stack>,
    ],
    [t('audit.summary.cloud'), t(`audit.clouds.${event.cloud}`)],
    [t('audit.summary.profile'), event.profile === '-' ? none : event.profile],
    [t('audit.summary.region'), event.region === '-' ? none : event.region],
    [t('audit.summary.requestId'), event.requestId ? <CopyableCode key="rid" value={event.requestId} label={t('audit.summary.requestId')} /> : none],
    [t('audit.summary.clientAddress'), event.clientAddress ? <Code key="address">{event.clientAddress}</Code> : none],
  ];
  if (event.taskId) rows.push([t('audit.summary.task'), <TaskValue key="task" event={event} link={links.task} />]);
  if (event.revertOf) {
    rows.push([
      t('audit.summary.reverts'),
      <Anchor key="revert-of" component={Link} to={auditEventPath(event.revertOf)} size="sm">
        {t('audit.summary.theChangeItUndid')}
      </Anchor>,
    ]);
  }
  if (event.changeRequestId) {
    rows.push([
      t('audit.summary.changeRequest'),
      <Anchor key="change-request" component={Link} to={`/changes/${event.changeRequestId}`} size="sm">
        {t('audit.summary.openChangeRequest')}
      </Anchor>,
    ]);
  }
  if (event.revertedBy) {
    rows.push([t('audit.summary.revertedBy'), `${event.revertedBy.name} · ${formatTimestamp(event.revertedBy.at, { withZone: true })}`]);
  }
  if (event.finishedAt) rows.push([t('audit.summary.finished'), formatTimestamp(event.finishedAt, { withZone: true })]);

  return (
    <DataList orientation="horizontal" labelWidth={140} size="sm" withDivider aria-label={t('audit.summary.label')}>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
