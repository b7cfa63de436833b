import { memo } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { resourceKindLabel } from '@portico/contracts/bindings';
import { pairLabel, type GraphNodeData } from '../utils/graph-model';
import type { BindingNode } from '../utils/graph-layout';
import { boundLabel, kindColors } from '../utils/labels';

const plural = (n: number, one: string) => `${n.toLocaleString()} ${n === 1 ? one : `${one}s`}`;

/** What a node says, for its face and for screen readers (React Flow focuses nodes with Tab). */
export function describeNode(data: GraphNodeData): { kicker: string; title: string; detail: string; color: string } {
  switch (data.type) {
    case 'resource':
      return {
        kicker: `${resourceKindLabel[data.resource.kind]}${data.resource.subtype ? ` · ${data.resource.subtype}` : ''}`,
        title: data.resource.name,
        detail: boundLabel(data.resource),
        color: kindColors[data.resource.kind],
      };
    case 'api':
      return {
        kicker: data.row.api.method ?? 'API',
        title: data.row.api.apiName,
        detail: data.row.api.path ?? '',
        color: 'gray',
      };
    case 'pair':
      return { kicker: 'Group · stage', title: pairLabel(data.groupName, data.stage), detail: plural(data.apiCount, 'API'), color: 'blue' };
    case 'resource-kind':
      return {
        kicker: 'Resources',
        title: `${resourceKindLabel[data.kind]} (${data.count.toLocaleString()})`,
        detail: `${data.boundCount.toLocaleString()} bound in all`,
        color: kindColors[data.kind],
      };
    case 'stage':
      return { kicker: 'Stage', title: data.stage, detail: `${plural(data.apiCount, 'API')} in ${plural(data.pairCount, 'group')}`, color: 'blue' };
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
  const face = describeNode(data);
  const findings = findingCount(data);
  return (
    <div className="portico-graph-node" data-selected={selected || undefined} style={{ borderLeftColor: `var(--mantine-color-${face.color}-6)` }}>
      {hasTarget(data) ? <Handle type="target" position={Position.Left} isConnectable={false} /> : null}
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text size="xs" c="dimmed" truncate>
          {face.kicker}
        </Text>
        {findings > 0 ? (
          <Badge size="xs" color="yellow" variant="light" radius="sm">
            {findings}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" fw={600} truncate>
        {face.title}
      </Text>
      {data.type !== 'api' || face.detail ? (
        <Text size="xs" c="dimmed" truncate ff={data.type === 'api' ? 'monospace' : undefined}>
          {face.detail}
        </Text>
      ) : null}
      {hasSource(data) ? <Handle type="source" position={Position.Right} isConnectable={false} /> : null}
    </div>
  );
});

/** A group · stage box around the APIs drawn inside it. */
export const PairBoxView = memo(function PairBoxView({ data, selected }: NodeProps<BindingNode>) {
  if (data.type !== 'pair') return null;
  return (
    <div className="portico-graph-box" data-selected={selected || undefined}>
      <Text size="xs" fw={600} className="portico-graph-box-title" truncate>
        {pairLabel(data.groupName, data.stage)} · {plural(data.apiCount, 'API')}
      </Text>
    </div>
  );
});

export const nodeTypes = { binding: BindingNodeView, pair: PairBoxView };
