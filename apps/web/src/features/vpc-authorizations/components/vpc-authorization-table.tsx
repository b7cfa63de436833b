import { Anchor, Table, Text } from '@mantine/core';
import type { VpcAuthorizationListItem } from '@portico/contracts/vpc-authorizations';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';

export const vpcAuthorizationColumns = ['Name', 'VPC ID', 'Instance ID', 'Port', 'Host name', 'Bound APIs', 'Created'];

export const vpcAuthorizationPath = (name: string) => `/vpc-authorizations/${encodeURIComponent(name)}`;

interface Props {
  items: VpcAuthorizationListItem[];
  onOpen: (name: string) => void;
  /** Dims the rows while the next page or search loads in their place. */
  stale?: boolean;
}

export function VpcAuthorizationTable({ items, onOpen, stale = false }: Props) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="VPC authorizations" aria-busy={stale} opacity={stale ? 0.6 : 1}>
        <Table.Thead>
          <Table.Tr>
            {vpcAuthorizationColumns.map((column) => (
              <Table.Th key={column} ta={column === 'Port' || column === 'Bound APIs' ? 'right' : undefined} className="portico-nowrap">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id || item.name} onClick={() => onOpen(item.name)} className="portico-clickable-row">
              <Table.Td className="portico-nowrap">
                {/* The link makes the row reachable by keyboard; the row click is a shortcut. */}
                <Anchor component={Link} to={vpcAuthorizationPath(item.name)} fw={500} onClick={(e) => e.stopPropagation()}>
                  {item.name}
                </Anchor>
              </Table.Td>
              <Table.Td ff="monospace" fz="sm" className="portico-nowrap">
                {item.vpcId}
              </Table.Td>
              <Table.Td ff="monospace" fz="sm" className="portico-nowrap">
                {item.instanceId}
              </Table.Td>
              <Table.Td ta="right">{item.port}</Table.Td>
              <Table.Td>
                {item.vpcTargetHostName ? item.vpcTargetHostName : <Text span c="dimmed">—</Text>}
              </Table.Td>
              <Table.Td ta="right">
                {item.boundApiCount === null ? (
                  <Text span c="dimmed" title="The count could not be fetched">
                    —
                  </Text>
                ) : (
                  item.boundApiCount
                )}
              </Table.Td>
              <Table.Td className="portico-nowrap">
                <Text span size="sm" c="dimmed">
                  {formatDateTime(item.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
