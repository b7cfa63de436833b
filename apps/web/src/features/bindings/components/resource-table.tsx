import { useMemo } from 'react';
import { Anchor, Badge, EmptyState, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InventoryResource } from '@portico/contracts/bindings';
import { Link } from 'react-router';
import { findingsOf, type InventoryIndex } from '../utils/inventory-index';
import { cloudLabel, kindColors, kindLabel, type ResourceHref } from '../utils/labels';
import { FindingBadges } from './resource-links';
import { VirtualTable } from './virtual-table';

function resourceColumns(t: TFunction, index: InventoryIndex, resourceHref: ResourceHref, onShowImpact: (key: string) => void): ColumnDef<InventoryResource>[] {
  return [
    {
      id: 'name',
      header: t('bindings.resourceTable.name'),
      accessorFn: (r) => r.name,
      sortingFn: 'text',
      cell: ({ row }) => {
        const href = resourceHref(row.original);
        return href ? (
          <Anchor component={Link} to={href} size="sm" fw={500}>
            {row.original.name}
          </Anchor>
        ) : (
          <Text span size="sm" fw={500}>
            {row.original.name}
          </Text>
        );
      },
    },
    {
      id: 'kind',
      header: t('bindings.resourceTable.kind'),
      accessorFn: (r) => kindLabel(r.kind),
      sortingFn: 'text',
      cell: ({ row }) => (
        <Badge color={kindColors[row.original.kind]} variant="light" size="sm" radius="sm" tt="none">
          {kindLabel(row.original.kind)}
        </Badge>
      ),
    },
    { id: 'cloud', header: t('bindings.resourceTable.cloud'), accessorFn: (r) => cloudLabel(r.cloud), sortingFn: 'text' },
    { id: 'subtype', header: t('bindings.resourceTable.subtype'), accessorFn: (r) => r.subtype ?? '', sortingFn: 'text' },
    {
      id: 'bound',
      header: t('bindings.resourceTable.bound'),
      accessorFn: (r) => r.boundCount,
      sortingFn: 'basic',
      sortDescFirst: true,
      cell: ({ row }) =>
        row.original.kind === 'endpoint-service' ? (
          t('bindings.bound.connections', { count: row.original.boundCount })
        ) : (
          <Anchor component="button" type="button" size="sm" onClick={() => onShowImpact(row.original.key)} title={t('bindings.resourceTable.whatDepends')}>
            {t('bindings.resourceTable.impact', { count: row.original.boundCount })}
          </Anchor>
        ),
    },
    {
      id: 'findings',
      header: t('bindings.resourceTable.findings'),
      accessorFn: (r) => findingsOf(index, r.key).length,
      sortingFn: 'basic',
      sortDescFirst: true,
      cell: ({ row }) => <FindingBadges findings={findingsOf(index, row.original.key)} />,
    },
  ];
}

const TEMPLATE = 'minmax(180px,2fr) 170px 120px 110px 130px minmax(120px,1fr)';

/** The resources left by the filters: name, kind, subtype, what is bound to it, findings. */
export function ResourceTable({
  index,
  resources,
  resourceHref,
  onShowImpact,
  height,
}: {
  index: InventoryIndex;
  resources: InventoryResource[];
  resourceHref: ResourceHref;
  onShowImpact: (key: string) => void;
  height: number;
}) {
  const { t } = useTranslation();
  const columns = useMemo(() => resourceColumns(t, index, resourceHref, onShowImpact), [t, index, resourceHref, onShowImpact]);
  return (
    <VirtualTable
      label={t('bindings.resourceTable.label')}
      rows={resources}
      columns={columns}
      rowId={(r) => r.key}
      template={TEMPLATE}
      minWidth={860}
      height={height}
      initialSorting={[{ id: 'kind', desc: false }]}
      empty={<EmptyState title={t('bindings.resourceTable.emptyTitle')} description={t('bindings.resourceTable.emptyHint')} />}
    />
  );
}
