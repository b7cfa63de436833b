import { useMemo } from 'react';
import { Anchor, Badge, EmptyState, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { resourceKindLabel, type InventoryResource } from '@portico/contracts/bindings';
import { Link } from 'react-router';
import { findingsOf, type InventoryIndex } from '../utils/inventory-index';
import { cloudLabels, kindColors, type ResourceHref } from '../utils/labels';
import { FindingBadges } from './resource-links';
import { VirtualTable } from './virtual-table';

function resourceColumns(index: InventoryIndex, resourceHref: ResourceHref, onShowImpact: (key: string) => void): ColumnDef<InventoryResource>[] {
  return [
    {
      id: 'name',
      header: 'Name',
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
      header: 'Kind',
      accessorFn: (r) => resourceKindLabel[r.kind],
      sortingFn: 'text',
      cell: ({ row }) => (
        <Badge color={kindColors[row.original.kind]} variant="light" size="sm" radius="sm" tt="none">
          {resourceKindLabel[row.original.kind]}
        </Badge>
      ),
    },
    { id: 'cloud', header: 'Cloud', accessorFn: (r) => cloudLabels[r.cloud], sortingFn: 'text' },
    { id: 'subtype', header: 'Subtype', accessorFn: (r) => r.subtype ?? '', sortingFn: 'text' },
    {
      id: 'bound',
      header: 'Bound',
      accessorFn: (r) => r.boundCount,
      sortingFn: 'basic',
      sortDescFirst: true,
      cell: ({ row }) =>
        row.original.kind === 'endpoint-service' ? (
          `${row.original.boundCount} connections`
        ) : (
          <Anchor component="button" type="button" size="sm" onClick={() => onShowImpact(row.original.key)} title="What depends on it">
            {row.original.boundCount} APIs: impact
          </Anchor>
        ),
    },
    {
      id: 'findings',
      header: 'Findings',
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
  const columns = useMemo(() => resourceColumns(index, resourceHref, onShowImpact), [index, resourceHref, onShowImpact]);
  return (
    <VirtualTable
      label="Resources"
      rows={resources}
      columns={columns}
      rowId={(r) => r.key}
      template={TEMPLATE}
      minWidth={860}
      height={height}
      initialSorting={[{ id: 'kind', desc: false }]}
      empty={<EmptyState title="No resource matches these filters" description="Clear a filter to see every resource." />}
    />
  );
}
