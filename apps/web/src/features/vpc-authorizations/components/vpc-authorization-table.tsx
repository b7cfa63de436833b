import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VpcAuthorizationListItem } from '@portico/contracts/vpc-authorizations';
import { CountCell, ResourceRow, ResourceTable } from '@/components/list/resource-table';
import { formatDateTime } from '@/lib/format';

const columnKeys = ['name', 'vpcId', 'instanceId', 'port', 'hostName', 'boundApis', 'created'] as const;

/** The list's column headers in the reader's language (the skeleton shows the same). */
export function useVpcAuthorizationColumns(): { columns: string[]; numeric: ReadonlySet<string> } {
  const { t } = useTranslation();
  const columns = columnKeys.map((key) => t(`vpcAuthorizations.columns.${key}`));
  return { columns, numeric: new Set([t('vpcAuthorizations.columns.port'), t('vpcAuthorizations.columns.boundApis')]) };
}

export const vpcAuthorizationPath = (name: string) => `/vpc-authorizations/${encodeURIComponent(name)}`;

interface Props {
  items: VpcAuthorizationListItem[];
  onOpen: (name: string) => void;
  stale?: boolean;
}

export function VpcAuthorizationTable({ items, onOpen, stale = false }: Props) {
  const { t } = useTranslation();
  const { columns, numeric } = useVpcAuthorizationColumns();
  return (
    <ResourceTable label={t('vpcAuthorizations.list.table')} columns={columns} numeric={numeric} minWidth={1000} stale={stale}>
      {items.map((item) => (
        <ResourceRow key={item.id || item.name} name={item.name} to={vpcAuthorizationPath(item.name)} onOpen={() => onOpen(item.name)}>
          <Table.Td ff="monospace" fz="sm" className="portico-nowrap">
            {item.vpcId}
          </Table.Td>
          <Table.Td ff="monospace" fz="sm" className="portico-nowrap">
            {item.instanceId}
          </Table.Td>
          <Table.Td ta="right">{item.port}</Table.Td>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>
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
