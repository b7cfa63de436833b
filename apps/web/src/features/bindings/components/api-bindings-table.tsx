import { useMemo } from 'react';
import { Anchor, EmptyState, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { StageBadge } from '@/components/ui/stage-badge';
import type { ApiRow } from '../utils/inventory-index';
import type { ResourceHref } from '../utils/labels';
import { FindingBadges, ResourceLinks } from './resource-links';
import { VirtualTable } from './virtual-table';

const names = (list: { name: string }[]) => list.map((r) => r.name).join(', ');

function apiColumns(resourceHref: ResourceHref, onShowApi: (key: string) => void): ColumnDef<ApiRow>[] {
  return [
    { id: 'group', header: 'Group', accessorFn: (row) => row.api.groupName, sortingFn: 'text' },
    { id: 'stage', header: 'Stage', accessorFn: (row) => row.stage, sortingFn: 'text', cell: ({ row }) => <StageBadge stage={row.original.stage} /> },
    {
      id: 'api',
      header: 'API',
      accessorFn: (row) => row.api.apiName,
      sortingFn: 'text',
      cell: ({ row }) => (
        <Anchor component="button" type="button" size="sm" fw={500} onClick={() => onShowApi(row.original.key)} title="Show only this API">
          {row.original.api.apiName}
        </Anchor>
      ),
    },
    {
      id: 'method',
      header: 'Method',
      accessorFn: (row) => row.api.method ?? '',
      sortingFn: 'text',
      cell: ({ getValue }) => (
        <Text span ff="monospace" size="xs">
          {String(getValue())}
        </Text>
      ),
    },
    {
      id: 'path',
      header: 'Path',
      accessorFn: (row) => row.api.path ?? '',
      sortingFn: 'text',
      cell: ({ getValue }) => (
        <Text span ff="monospace" size="xs">
          {String(getValue())}
        </Text>
      ),
    },
    {
      id: 'vpc',
      header: 'VPC authorization',
      accessorFn: (row) => names(row.vpcAuthorizations),
      sortingFn: 'text',
      cell: ({ row }) => <ResourceLinks resources={row.original.vpcAuthorizations} resourceHref={resourceHref} />,
    },
    {
      id: 'acls',
      header: 'ACLs',
      accessorFn: (row) => names(row.ipControls),
      sortingFn: 'text',
      cell: ({ row }) => <ResourceLinks resources={row.original.ipControls} resourceHref={resourceHref} />,
    },
    {
      id: 'backend',
      header: 'Backend',
      accessorFn: (row) => names(row.backends),
      sortingFn: 'text',
      cell: ({ row }) => <ResourceLinks resources={row.original.backends} resourceHref={resourceHref} />,
    },
    {
      id: 'findings',
      header: 'Findings',
      accessorFn: (row) => row.findings.length,
      sortingFn: 'basic',
      sortDescFirst: true,
      cell: ({ row }) => <FindingBadges findings={row.original.findings} />,
    },
  ];
}

// "VPC authorization ↕" needs about 150px: any narrower and its header is cut.
const TEMPLATE = 'minmax(120px,1fr) 84px minmax(130px,1.2fr) 72px minmax(130px,1.2fr) minmax(156px,1fr) minmax(90px,0.8fr) minmax(110px,1fr) 116px';

interface Props {
  rows: ApiRow[];
  resourceHref: ResourceHref;
  onShowApi: (key: string) => void;
  selectedKey?: string | undefined;
  height: number;
}

/** One row per published API (an API in one stage) with what it hangs on; sortable by any column. */
export function ApiBindingsTable({ rows, resourceHref, onShowApi, selectedKey, height }: Props) {
  const columns = useMemo(() => apiColumns(resourceHref, onShowApi), [resourceHref, onShowApi]);
  return (
    <VirtualTable
      label="Bindings"
      rows={rows}
      columns={columns}
      rowId={(row) => row.key}
      template={TEMPLATE}
      minWidth={1040}
      height={height}
      initialSorting={[{ id: 'group', desc: false }]}
      selectedId={selectedKey}
      empty={<EmptyState title="No published API matches these filters" description="Clear a filter, or pick another group or stage." />}
    />
  );
}
