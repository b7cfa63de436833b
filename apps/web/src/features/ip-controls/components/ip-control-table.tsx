import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IpControlListItem } from '@portico/contracts/ip-controls';
import { CountCell, DescriptionCell, ResourceRow, ResourceTable } from '@/components/list/resource-table';
import { IpControlTypeBadge } from './ip-control-type-badge';

/** The list's column headers in the reader's language (the skeleton shows the same). */
export function useIpControlColumns(): { columns: string[]; numeric: ReadonlySet<string> } {
  const { t } = useTranslation();
  const columns = [
    t('ipControls.columns.name'),
    t('ipControls.columns.type'),
    t('ipControls.columns.policyItems'),
    t('ipControls.columns.boundApis'),
    t('ipControls.columns.description'),
  ];
  return { columns, numeric: new Set([t('ipControls.columns.policyItems'), t('ipControls.columns.boundApis')]) };
}

export const ipControlPath = (id: string) => `/ip-access-control/${encodeURIComponent(id)}`;

interface Props {
  items: IpControlListItem[];
  onOpen: (id: string) => void;
  stale?: boolean;
}

export function IpControlTable({ items, onOpen, stale = false }: Props) {
  const { t } = useTranslation();
  const { columns, numeric } = useIpControlColumns();
  return (
    <ResourceTable label={t('ipControls.list.table')} columns={columns} numeric={numeric} minWidth={820} stale={stale}>
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
