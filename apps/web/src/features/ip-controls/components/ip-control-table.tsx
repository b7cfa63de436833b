import { Table } from '@mantine/core';
import type { IpControlListItem } from '@portico/contracts/ip-controls';
import { CountCell, DescriptionCell, ResourceRow, ResourceTable } from '@/components/list/resource-table';
import { IpControlTypeBadge } from './ip-control-type-badge';

export const ipControlColumns = ['Name', 'Type', 'Policy items', 'Bound APIs', 'Description'];

export const ipControlPath = (id: string) => `/ip-access-control/${encodeURIComponent(id)}`;

const numeric = new Set(['Policy items', 'Bound APIs']);

interface Props {
  items: IpControlListItem[];
  onOpen: (id: string) => void;
  stale?: boolean;
}

export function IpControlTable({ items, onOpen, stale = false }: Props) {
  return (
    <ResourceTable label="IP access control lists" columns={ipControlColumns} numeric={numeric} minWidth={820} stale={stale}>
      {items.map((item) => (
        <ResourceRow key={item.id} name={item.name} to={ipControlPath(item.id)} onOpen={() => onOpen(item.id)}>
          <Table.Td>
            <IpControlTypeBadge type={item.type} />
          </Table.Td>
          <CountCell value={item.policyItemCount} />
          <CountCell value={item.boundApiCount} />
          <DescriptionCell text={item.description} />
        </ResourceRow>
      ))}
    </ResourceTable>
  );
}
