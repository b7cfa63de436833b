import { Anchor, Table, Text } from '@mantine/core';
import type { IpControlListItem } from '@portico/contracts/ip-controls';
import { Link } from 'react-router';
import { IpControlTypeBadge } from './ip-control-type-badge';

export const ipControlColumns = ['Name', 'Type', 'Policy items', 'Bound APIs', 'Description'];

export const ipControlPath = (id: string) => `/ip-access-control/${encodeURIComponent(id)}`;

const numeric = new Set(['Policy items', 'Bound APIs']);

function Count({ value }: { value: number | null }) {
  return value === null ? (
    <Text span c="dimmed" title="The count could not be fetched">
      —
    </Text>
  ) : (
    <>{value}</>
  );
}

interface Props {
  items: IpControlListItem[];
  onOpen: (id: string) => void;
  /** Dims the rows while the next page, search or filter loads in their place. */
  stale?: boolean;
}

export function IpControlTable({ items, onOpen, stale = false }: Props) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="IP access control lists" aria-busy={stale} opacity={stale ? 0.6 : 1}>
        <Table.Thead>
          <Table.Tr>
            {ipControlColumns.map((column) => (
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
                <Anchor component={Link} to={ipControlPath(item.id)} fw={500} onClick={(e) => e.stopPropagation()}>
                  {item.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <IpControlTypeBadge type={item.type} />
              </Table.Td>
              <Table.Td ta="right">
                <Count value={item.policyItemCount} />
              </Table.Td>
              <Table.Td ta="right">
                <Count value={item.boundApiCount} />
              </Table.Td>
              <Table.Td>
                {item.description ? (
                  <Text span size="sm" lineClamp={2}>
                    {item.description}
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
