import { Table, Text } from '@mantine/core';
import type { EndpointServiceListItem } from '@portico/contracts/endpoint-services';
import { CountCell, ResourceRow, ResourceTable } from '@/components/list/resource-table';
import { ApprovalBadge, ServerTypeBadge, ServiceStatusBadge } from './status-badges';

export const endpointServiceColumns = ['Name', 'Server type', 'Service type', 'Status', 'Approval', 'Port mappings', 'Connections'];

export const endpointServicePath = (id: string) => `/endpoint-services/${encodeURIComponent(id)}`;

const numeric = new Set(['Port mappings', 'Connections']);

interface Props {
  items: EndpointServiceListItem[];
  onOpen: (id: string) => void;
  stale?: boolean;
}

export function EndpointServiceTable({ items, onOpen, stale = false }: Props) {
  return (
    <ResourceTable label="Endpoint services" columns={endpointServiceColumns} numeric={numeric} minWidth={860} stale={stale}>
      {items.map((item) => (
        <ResourceRow key={item.id} name={item.serviceName || item.id} to={endpointServicePath(item.id)} onOpen={() => onOpen(item.id)}>
          <Table.Td>
            <ServerTypeBadge type={item.serverType} />
          </Table.Td>
          <Table.Td>
            {item.serviceType || (
              <Text span c="dimmed">
                —
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <ServiceStatusBadge status={item.status} />
          </Table.Td>
          <Table.Td>
            <ApprovalBadge enabled={item.approvalEnabled} />
          </Table.Td>
          <Table.Td ta="right">{item.ports.length}</Table.Td>
          <CountCell value={item.connectionCount} />
        </ResourceRow>
      ))}
    </ResourceTable>
  );
}
