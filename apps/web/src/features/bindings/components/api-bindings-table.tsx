import { useCallback, useEffect, useMemo, useState } from 'react';
import { Anchor, EmptyState, Text } from '@mantine/core';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BindingFilters } from '@portico/contracts/bindings-filter';
import { BindingRowSort, type BindingRow } from '@portico/contracts/bindings-rows';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { StageBadge } from '@/components/ui/stage-badge';
import { useBindingRows } from '../api/get-binding-rows';
import type { ResourceHref } from '../utils/labels';
import { FindingBadges, ResourceLinks } from './resource-links';
import { VirtualTable } from './virtual-table';

const mono = (value: unknown) => (
  <Text span ff="monospace" size="xs">
    {String(value)}
  </Text>
);

function apiColumns(t: TFunction, resourceHref: ResourceHref, onShowApi: (key: string) => void): ColumnDef<BindingRow>[] {
  return [
    { id: 'group', header: t('bindings.table.group'), accessorFn: (row) => row.api.groupName },
    { id: 'stage', header: t('bindings.table.stage'), accessorFn: (row) => row.stage, cell: ({ row }) => <StageBadge stage={row.original.stage} /> },
    {
      id: 'api',
      header: t('bindings.table.api'),
      accessorFn: (row) => row.api.apiName,
      cell: ({ row }) => (
        <Anchor component="button" type="button" size="sm" fw={500} onClick={() => onShowApi(row.original.key)} title={t('bindings.table.showApi')}>
          {row.original.api.apiName}
        </Anchor>
      ),
    },
    { id: 'method', header: t('bindings.table.method'), accessorFn: (row) => row.api.method ?? '', cell: ({ getValue }) => mono(getValue()) },
    { id: 'path', header: t('bindings.table.path'), accessorFn: (row) => row.api.path ?? '', cell: ({ getValue }) => mono(getValue()) },
    {
      id: 'vpc',
      header: t('bindings.table.vpc'),
      cell: ({ row }) => <ResourceLinks resources={row.original.vpcAuthorizations} resourceHref={resourceHref} />,
    },
    { id: 'acls', header: t('bindings.table.acls'), cell: ({ row }) => <ResourceLinks resources={row.original.ipControls} resourceHref={resourceHref} /> },
    { id: 'backend', header: t('bindings.table.backend'), cell: ({ row }) => <ResourceLinks resources={row.original.backends} resourceHref={resourceHref} /> },
    {
      id: 'findings',
      header: t('bindings.table.findings'),
      sortDescFirst: true,
      cell: ({ row }) => <FindingBadges findings={row.original.findings} />,
    },
  ];
}

// "VPC authorization ↕" needs about 150px: any narrower and its header is cut.
const TEMPLATE = 'minmax(120px,1fr) 84px minmax(130px,1.2fr) 72px minmax(130px,1.2fr) minmax(156px,1fr) minmax(90px,0.8fr) minmax(110px,1fr) 116px';

interface Props {
  filters: BindingFilters;
  resourceHref: ResourceHref;
  onShowApi: (key: string) => void;
  selectedKey?: string | undefined;
  height: number;
  /** Told how many rows the filters leave and how many there are, once the first page is here. */
  onCount?: (count: { total: number; all: number }) => void;
  /** Told once the first page has arrived or failed (the page then loads what is heavier). */
  onSettled?: () => void;
}

/**
 * One row per published API (an API in one stage) with what it hangs on, sortable by any column.
 * The BFF filters and sorts; the table asks for the pages it scrolls to, so 10,000 rows cost the
 * browser one page at first.
 */
export function ApiBindingsTable({ filters, resourceHref, onShowApi, selectedKey, height, onCount, onSettled }: Props) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'group', desc: false }]);
  const first = sorting[0];
  const sort = BindingRowSort.catch('group').parse(first?.id);
  const view = useMemo(() => ({ filters, sort, desc: first?.desc ?? false }), [filters, sort, first?.desc]);
  const rows = useBindingRows(view);
  const columns = useMemo(() => apiColumns(t, resourceHref, onShowApi), [t, resourceHref, onShowApi]);
  const loaded = useMemo(() => rows.data?.pages.flatMap((page) => page.rows) ?? [], [rows.data]);
  const total = rows.data?.pages[0]?.total ?? 0;
  const all = rows.data?.pages[0]?.all;
  useEffect(() => {
    if (all !== undefined) onCount?.({ total, all });
  }, [total, all, onCount]);
  const settled = !rows.isPending;
  useEffect(() => {
    if (settled) onSettled?.();
  }, [settled, onSettled]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = rows;
  const onNeedRows = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (rows.isError) return <ApiErrorAlert error={rows.error} title={t('bindings.table.loadError')} onRetry={() => void rows.refetch()} retrying={rows.isFetching} />;
  if (rows.isPending)
    return (
      <Text size="sm" c="dimmed">
        {t('bindings.table.loading')}
      </Text>
    );
  return (
    <VirtualTable
      label={t('bindings.table.label')}
      rows={loaded}
      columns={columns}
      rowId={(row) => row.key}
      template={TEMPLATE}
      minWidth={1040}
      height={height}
      selectedId={selectedKey}
      server={{ total, sorting, onSortingChange: setSorting, onNeedRows, loadingLabel: t('bindings.table.loadingRow') }}
      empty={<EmptyState title={t('bindings.table.emptyTitle')} description={t('bindings.table.emptyHint')} />}
    />
  );
}
