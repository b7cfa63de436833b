import { Table } from '@mantine/core';
import type { BackendListItem } from '@portico/contracts/backend-models';
import { useTranslation } from 'react-i18next';
import { DescriptionCell, ResourceRow, ResourceTable } from '@/components/list/resource-table';
import { BackendTypeBadge } from './backend-type-badge';
import { StagePresence } from './stage-presence';

/** The list's column headers in the reader's language (the skeleton shows the same). */
export function useBackendColumns(): string[] {
  const { t } = useTranslation();
  return [t('backendModels.columns.name'), t('backendModels.columns.type'), t('backendModels.columns.models'), t('backendModels.columns.description')];
}

export const backendPath = (id: string, query?: { stage?: string; task?: string }) => {
  const search = new URLSearchParams();
  if (query?.stage) search.set('stage', query.stage);
  if (query?.task) search.set('task', query.task);
  const text = search.toString();
  return `/backend-models/${encodeURIComponent(id)}${text ? `?${text}` : ''}`;
};

export const modelEditorPath = (id: string, stage: string, mode: 'edit' | 'new') => `/backend-models/${encodeURIComponent(id)}/${encodeURIComponent(stage)}/${mode}`;

interface Props {
  items: BackendListItem[];
  onOpen: (id: string) => void;
  stale?: boolean;
}

export function BackendTable({ items, onOpen, stale = false }: Props) {
  const { t } = useTranslation();
  const columns = useBackendColumns();
  return (
    <ResourceTable label={t('backendModels.list.table')} columns={columns} minWidth={760} stale={stale}>
      {items.map((item) => (
        <ResourceRow key={item.id} name={item.name} to={backendPath(item.id)} onOpen={() => onOpen(item.id)}>
          <Table.Td>
            <BackendTypeBadge type={item.type} />
          </Table.Td>
          <Table.Td>
            <StagePresence stages={item.stages} />
          </Table.Td>
          <DescriptionCell text={item.description} />
        </ResourceRow>
      ))}
    </ResourceTable>
  );
}
