import { Anchor, Table, Text } from '@mantine/core';
import type { EndpointServiceListItem } from '@portico/contracts/endpoint-services';
import { Link } from 'react-router';
import { ApprovalBadge, ServerTypeBadge, ServiceStatusBadge } from './status-badges';

export const endpointServiceColumns = ['Name', 'Server type', 'Service type', 'Status', 'Approval', 'Port mappings', 'Connections'];

export const endpointServicePath = (id: string) => `/endpoint-services/${encodeURIComponent(id)}`;

const numeric = new Set(['Port mappings', 'Connections']);

interface Props {
  items: EndpointServiceListItem[];
  onOpen: (id: string) => void;
  /** Dims the rows while the next page, search or filter loads in their place. */
  stale?: boolean;
}

export function EndpointServiceTable({ items, onOpen, stale = false }: Props) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Endpoint services" aria-busy={stale} opacity={stale ? 0.6 : 1}>
        <Table.Thead>
          <Table.Tr>
            {endpointServiceColumns.map((column) => (
              <Table.Th key={column} ta={numeric.has(column) ? 'right' : undefined} className="portico-nowrap">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} onClick={() => onOpen(item.id)} className="portico-clickable-row">
              <Table.Td className="portico-nowrap">
                {/* The link makes the row reachable by keyboard; the row click is a shortcut. */}
                <Anchor component={Link} to={endpointServicePath(item.id)} fw={500} onClick={(e) => e.stopPropagation()}>
                  {item.serviceName || item.id}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <ServerTypeBadge type={item.serverType} />
              </Table.Td>
              <Table.Td>{item.serviceType || <Text span c="dimmed">—</Text>}</Table.Td>
              <Table.Td>
                <ServiceStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>
                <ApprovalBadge enabled={item.approvalEnabled} />
              </Table.Td>
              <Table.Td ta="right">{item.ports.length}</Table.Td>
              <Table.Td ta="right">
                {item.connectionCount === null ? (
                  <Text span c="dimmed" title="The count could not be fetched">
                    —
                  </Text>
                ) : (
                  item.connectionCount
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
