import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EndpointServiceListItem } from '@portico/contracts/endpoint-services';
import { CountCell, ResourceRow, ResourceTable } from '@/components/list/resource-table';
import { ApprovalBadge, ServerTypeBadge, ServiceStatusBadge } from './status-badges';

const columnKeys = ['name', 'serverType', 'serviceType', 'status', 'approval', 'portMappings', 'connections'] as const;

/** The list's column headers in the reader's language; the last two hold numbers. */
export function useEndpointServiceColumns(): { columns: string[]; numeric: Set<string> } {
  const { t } = useTranslation();
  const columns = columnKeys.map((key) => t(`endpointServices.columns.${key}`));
  return { columns, numeric: new Set(columns.slice(-2)) };
}

export const endpointServicePath = (id: string) => `/endpoint-services/${encodeURIComponent(id)}`;

interface Props {
  items: EndpointServiceListItem[];
  onOpen: (id: string) => void;
  stale?: boolean;
}

export function EndpointServiceTable({ items, onOpen, stale = false }: Props) {
  const { t } = useTranslation();
  const { columns, numeric } = useEndpointServiceColumns();
  return (
    <ResourceTable label={t('endpointServices.title')} columns={columns} numeric={numeric} minWidth={860} stale={stale}>
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
