import { Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EndpointConnection } from '@portico/contracts/endpoint-services';
import { formatDateTime } from '@/lib/format';
import { ConnectionStatusBadge } from './status-badges';

const none = (
  <Text span c="dimmed">
    —
  </Text>
);

/** Connections that accepting or rejecting can change. */
export const actionable = (connection: EndpointConnection) => ['pendingAcceptance', 'accepted', 'rejected'].includes(connection.status);

interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
}

/** The VPC endpoints attached to a service: who is connected, and in which state; with `selection`, rows can be ticked. */
export function ConnectionsTable({ connections, selection }: { connections: EndpointConnection[]; selection?: Selection }) {
  const { t } = useTranslation();
  if (connections.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('endpointServices.connections.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table verticalSpacing="xs" striped aria-label={t('endpointServices.connections.title')}>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th w={56} className="portico-nowrap">
                <Text span size="xs" c="dimmed">
                  {t('endpointServices.connections.pick')}
                </Text>
              </Table.Th>
            ) : null}
            <Table.Th>{t('endpointServices.connections.endpointId')}</Table.Th>
            <Table.Th className="portico-nowrap">{t('endpointServices.connections.markerId')}</Table.Th>
            <Table.Th>{t('endpointServices.connections.status')}</Table.Th>
            <Table.Th>{t('endpointServices.connections.domain')}</Table.Th>
            <Table.Th>{t('endpointServices.connections.created')}</Table.Th>
            <Table.Th>{t('endpointServices.connections.description')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {connections.map((connection) => (
            <Table.Tr key={connection.id}>
              {selection ? (
                <Table.Td>
                  <Checkbox
                    aria-label={t('endpointServices.connections.select', { id: connection.id })}
                    checked={selection.selected.has(connection.id)}
                    disabled={!actionable(connection)}
                    onChange={() => selection.toggle(connection.id)}
                  />
                </Table.Td>
              ) : null}
              <Table.Td ff="monospace" fz="sm" className="portico-nowrap">
                {connection.id}
              </Table.Td>
              <Table.Td ff="monospace" fz="sm">
                {connection.markerId ?? none}
              </Table.Td>
              <Table.Td>
                <ConnectionStatusBadge status={connection.status} />
              </Table.Td>
              <Table.Td ff="monospace" fz="xs" className="portico-nowrap">
                {connection.domainId ?? none}
              </Table.Td>
              <Table.Td className="portico-nowrap">
                <Text span size="sm" c="dimmed">
                  {formatDateTime(connection.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>{connection.description || none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
