import { Table, Text } from '@mantine/core';
import type { VpcAuthorizationListItem } from '@portico/contracts/vpc-authorizations';
import { CountCell, ResourceRow, ResourceTable } from '@/components/list/resource-table';
import { formatDateTime } from '@/lib/format';

export const vpcAuthorizationColumns = ['Name', 'VPC ID', 'Instance ID', 'Port', 'Host name', 'Bound APIs', 'Created'];

export const vpcAuthorizationPath = (name: string) => `/vpc-authorizations/${encodeURIComponent(name)}`;

const numeric = new Set(['Port', 'Bound APIs']);

interface Props {
  items: VpcAuthorizationListItem[];
  onOpen: (name: string) => void;
  stale?: boolean;
}

export function VpcAuthorizationTable({ items, onOpen, stale = false }: Props) {
  return (
    <ResourceTable label="VPC authorizations" columns={vpcAuthorizationColumns} numeric={numeric} minWidth={960} stale={stale}>
      {items.map((item) => (
        <ResourceRow key={item.id || item.name} name={item.name} to={vpcAuthorizationPath(item.name)} onOpen={() => onOpen(item.name)}>
          <Table.Td ff="monospace" fz="sm" className="portico-nowrap">
            {item.vpcId}
          </Table.Td>
          <Table.Td ff="monospace" fz="sm" className="portico-nowrap">
            {item.instanceId}
          </Table.Td>
          <Table.Td ta="right">{item.port}</Table.Td>
          <Table.Td>
            {item.vpcTargetHostName ? (
              item.vpcTargetHostName
            ) : (
              <Text span c="dimmed">
                —
              </Text>
            )}
          </Table.Td>
          <CountCell value={item.boundApiCount} />
          <Table.Td className="portico-nowrap">
            <Text span size="sm" c="dimmed">
              {formatDateTime(item.createdAt)}
            </Text>
          </Table.Td>
        </ResourceRow>
      ))}
    </ResourceTable>
  );
}
