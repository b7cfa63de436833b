import { Anchor, Table, Text } from '@mantine/core';
import type { AuditEvent } from '@portico/contracts/audit';
import { Link } from 'react-router';
import { formatTimestamp } from '@/lib/format';
import { resourceTypeLabels } from '../utils/labels';
import { AuditResultBadge } from './audit-result-badge';

export const auditColumns = ['Time', 'Person', 'Operation', 'Resource type', 'Target', 'Result', 'RequestId'];

export const auditEventPath = (id: string) => `/audit/${encodeURIComponent(id)}`;

interface Props {
  events: AuditEvent[];
  onOpen: (id: string) => void;
  /** Handed to the event's page, e.g. the filters to go back to. */
  linkState?: unknown;
  /** Dims the rows while the next page or filter loads in their place. */
  stale?: boolean;
}

/** One row per change, newest first; a row opens the change with its diff. */
export function AuditTable({ events, onOpen, linkState, stale = false }: Props) {
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Audit events" aria-busy={stale} opacity={stale ? 0.6 : 1}>
        <Table.Thead>
          <Table.Tr>
            {auditColumns.map((column) => (
              <Table.Th key={column} className="portico-nowrap">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id} onClick={() => onOpen(event.id)} className="portico-clickable-row" data-result={event.result}>
              <Table.Td className="portico-nowrap">
                {/* The link makes the row reachable by keyboard; the row click is a shortcut. */}
                <Anchor component={Link} to={auditEventPath(event.id)} state={linkState} size="sm" onClick={(e) => e.stopPropagation()}>
                  {formatTimestamp(event.at)}
                </Anchor>
              </Table.Td>
              <Table.Td className="portico-nowrap">{event.actor.name}</Table.Td>
              <Table.Td ff="monospace" fz="xs" className="portico-nowrap">
                {event.operation}
                {event.revertOf ? (
                  <Text span size="xs" c="dimmed" ff="inherit">
                    {' '}
                    (revert)
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td className="portico-nowrap">{resourceTypeLabels[event.resourceType]}</Table.Td>
              <Table.Td fw={500} maw={260}>
                <Text size="sm" fw={500} truncate="end" title={event.target}>
                  {event.target}
                </Text>
              </Table.Td>
              <Table.Td>
                <AuditResultBadge result={event.result} />
              </Table.Td>
              <Table.Td>
                {event.requestId ? (
                  <Text size="xs" ff="monospace" c="dimmed" truncate="end" maw={170} title={event.requestId}>
                    {event.requestId}
                  </Text>
                ) : (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
