import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import type { AuditEvent } from '@portico/contracts/audit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimestamp } from '@/lib/format';
import { AuditResultBadge } from './audit-result-badge';

export const auditColumnKeys = ['time', 'person', 'operation', 'resourceType', 'target', 'result', 'requestId'] as const;

/** The columns' headers in the reader's language (the skeleton shows them too). */
export function useAuditColumns(): string[] {
  const { t } = useTranslation();
  return auditColumnKeys.map((key) => t(`audit.columns.${key}`));
}

export const auditEventPath = (id: string) => `/audit/${encodeURIComponent(id)}`;

interface Props {
  events: AuditEvent[];
  onOpen: (id: string) => void;
  /** Handed to the event's page, e.g. the filters to go back to. */
  linkState?: unknown;
  /** Dims the rows while the next page or filter loads in their place. */
  stale?: boolean;
}

function EventRow({ event, onOpen, linkState }: { event: AuditEvent; onOpen: (id: string) => void; linkState?: unknown }) {
  const { t } = useTranslation();
  return (
    <Table.Tr onClick={() => onOpen(event.id)} className="portico-clickable-row" data-result={event.result}>
      <Table.Td className="portico-nowrap">
        {/* The link makes the row reachable by keyboard; the row click is a shortcut. */}
        <Anchor component={Link} to={auditEventPath(event.id)} state={linkState} size="sm" onClick={(e) => e.stopPropagation()}>
          <time dateTime={event.at}>{formatTimestamp(event.at)}</time>
        </Anchor>
      </Table.Td>
      <Table.Td maw={180}>
        <Text size="sm" truncate="end" title={event.actor.name}>
          {event.actor.name}
        </Text>
      </Table.Td>
      <Table.Td ff="monospace" fz="xs" className="portico-nowrap">
        {event.operation}
        {event.revertOf ? (
          <Text span size="xs" c="dimmed" ff="inherit">
            {' '}
            {t('audit.revertMark')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td className="portico-nowrap">{t(`audit.resourceTypes.${event.resourceType}`)}</Table.Td>
      <Table.Td fw={500} maw={240}>
        <Text size="sm" fw={500} truncate="end" title={event.target}>
          {event.target}
        </Text>
      </Table.Td>
      <Table.Td className="portico-nowrap" miw={110}>
        <Stack gap={2} align="flex-start">
          <AuditResultBadge result={event.result} />
          {event.revertedBy ? (
            <Badge size="sm" radius="sm" tt="none" color="gray" variant="outline" style={{ flexShrink: 0 }}>
              {t('audit.revertedMark')}
            </Badge>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        {event.requestId ? (
          <Text size="xs" ff="monospace" c="dimmed" truncate="end" maw={130} title={event.requestId}>
            {event.requestId}
          </Text>
        ) : (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** One row per change, newest first; a row opens the change with its diff. */
export function AuditTable({ events, onOpen, linkState, stale = false }: Props) {
  const { t } = useTranslation();
  const columns = useAuditColumns();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('audit.tableLabel')} aria-busy={stale} opacity={stale ? 0.6 : 1}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} className="portico-nowrap">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <EventRow key={event.id} event={event} onOpen={onOpen} linkState={linkState} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
