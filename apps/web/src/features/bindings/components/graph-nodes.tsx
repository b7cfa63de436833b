import { memo } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { i18n } from '@/lib/i18n/i18n';
import { pairLabel, type GraphNodeData } from '../utils/graph-model';
import type { BindingNode } from '../utils/graph-layout';
import { boundLabel, kindColors, kindLabel } from '../utils/labels';

const apis = (count: number) => i18n.t('bindings.bound.apis', { count });

/** What a node says, for its face and for screen readers (React Flow focuses nodes with Tab); its title is a name from the cloud. */
export function describeNode(data: GraphNodeData): { kicker: string; title: string; detail: string; color: string; named: boolean } {
  switch (data.type) {
    case 'resource':
      return {
        kicker: `${kindLabel(data.resource.kind)}${data.resource.subtype ? ` · ${data.resource.subtype}` : ''}`,
        title: data.resource.name,
        detail: boundLabel(data.resource),
        color: kindColors[data.resource.kind],
        named: true,
      };
    case 'api':
      return {
        kicker: data.row.api.method ?? 'API',
        title: data.row.api.apiName,
        detail: data.row.api.path ?? '',
        color: 'gray',
        named: true,
      };
    case 'pair':
      return { kicker: i18n.t('bindings.graph.groupStage'), title: pairLabel(data.groupName, data.stage), detail: apis(data.apiCount), color: 'blue', named: true };
    case 'resource-kind':
      return {
        kicker: i18n.t('bindings.overview.resources'),
        title: i18n.t('bindings.overview.kindCount', { kind: kindLabel(data.kind), count: data.count }),
        detail: i18n.t('bindings.bound.inAll', { count: data.boundCount }),
        color: kindColors[data.kind],
        named: false,
      };
    case 'stage':
      return {
        kicker: i18n.t('bindings.overview.stage'),
        title: data.stage,
        detail: i18n.t('bindings.node.stageText', { count: data.apiCount, groups: i18n.t('bindings.impact.groups', { count: data.pairCount }) }),
        color: 'blue',
        named: true,
      };
  }
}

function findingCount(data: GraphNodeData): number {
  if (data.type === 'resource' || data.type === 'pair') return data.findingCount;
  if (data.type === 'api') return data.row.findings.length;
  return 0;
}

const hasTarget = (data: GraphNodeData) => data.type === 'api' || data.type === 'pair' || data.type === 'stage';
const hasSource = (data: GraphNodeData) => data.type === 'resource' || data.type === 'resource-kind';

/** A resource, an API or an aggregate: a card with a coloured edge, its name and a count. */
export const BindingNodeView = memo(function BindingNodeView({ data, selected }: NodeProps<BindingNode>) {
  // Subscribes to the language: the face is words.
  useTranslation();
  const face = describeNode(data);
  const findings = findingCount(data);
  return (
    <div className="portico-graph-node" data-selected={selected || undefined} style={{ borderLeftColor: `var(--mantine-color-${face.color}-6)` }}>
      {hasTarget(data) ? <Handle type="target" position={Position.Left} isConnectable={false} /> : null}
      <Group gap={4} wrap="nowrap" justify="space-between">
        {/* An API's kicker and detail are its method and path: the cloud's, not translated. */}
        <Text size="xs" c="dimmed" truncate translate={data.type === 'api' ? 'no' : undefined}>
          {face.kicker}
        </Text>
        {findings > 0 ? (
          <Badge size="xs" color="yellow" variant="light" radius="sm">
            {formatNumber(findings)}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" fw={600} truncate translate={face.named ? 'no' : undefined}>
        {face.title}
      </Text>
      {data.type !== 'api' || face.detail ? (
        <Text size="xs" c="dimmed" truncate ff={data.type === 'api' ? 'monospace' : undefined} translate={data.type === 'api' ? 'no' : undefined}>
          {face.detail}
        </Text>
      ) : null}
      {hasSource(data) ? <Handle type="source" position={Position.Right} isConnectable={false} /> : null}
    </div>
  );
});

/** A group · stage box around the APIs drawn inside it. */
export const PairBoxView = memo(function PairBoxView({ data, selected }: NodeProps<BindingNode>) {
  useTranslation();
  if (data.type !== 'pair') return null;
  return (
    <div className="portico-graph-box" data-selected={selected || undefined}>
      <Text size="xs" fw={600} className="portico-graph-box-title" truncate>
        <span translate="no">{pairLabel(data.groupName, data.stage)}</span> · {apis(data.apiCount)}
      </Text>
    </div>
  );
});

export const nodeTypes = { binding: BindingNodeView, pair: PairBoxView };
