import { memo } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OverviewData } from '../utils/overview-model';
import type { OverviewFlowNode } from '../utils/overview-layout';
import { kindColors } from '../utils/labels';

/** What an overview node says, for its face and for screen readers; `named` when its title is a name from the cloud (not to be translated). */
export function describeOverview(data: OverviewData, t: TFunction): { kicker: string; title: string; detail: string; color: string; named?: boolean } {
  switch (data.type) {
    case 'kind-cluster':
      return {
        kicker: t('bindings.overview.resources'),
        title: t('bindings.overview.kindCount', { kind: t(`bindings.kinds.${data.kind}`), count: data.count }),
        detail: data.expanded ? t('bindings.overview.clickToClose') : t('bindings.overview.bound', { count: data.boundCount }),
        color: kindColors[data.kind],
      };
    case 'group-cluster':
      return {
        kicker: t('bindings.overview.group'),
        title: data.groupName,
        detail: t('bindings.overview.groupDetail', { count: data.apiCount, stages: data.stageCount }),
        color: 'blue',
        named: true,
      };
    case 'stage-card':
      return { kicker: t('bindings.overview.stage'), title: data.stage, detail: t('bindings.overview.apis', { count: data.apiCount }), color: 'cyan', named: true };
    case 'resource-card':
      return {
        kicker: t(`bindings.kinds.${data.resource.kind}`),
        title: data.resource.name,
        detail: t('bindings.overview.bound', { count: data.resource.boundCount }),
        color: kindColors[data.resource.kind],
        named: true,
      };
    case 'more':
      return data.of === 'groups'
        ? {
            kicker: t('bindings.overview.more'),
            title: t('bindings.overview.moreGroups', { count: data.count }),
            detail: t('bindings.overview.apis', { count: data.apiCount }),
            color: 'gray',
          }
        : {
            kicker: t('bindings.overview.more'),
            title: t('bindings.overview.moreResources', { count: data.count }),
            detail: t('bindings.overview.showInTable'),
            color: 'gray',
          };
  }
}

const isTarget = (data: OverviewData) => data.type === 'group-cluster' || data.type === 'stage-card' || (data.type === 'more' && data.of === 'groups');

function findings(data: OverviewData): number {
  return data.type === 'stage-card' || data.type === 'resource-card' ? data.findingCount : 0;
}

/** A cluster (closed), a card inside an opened one, or "more": a card with a coloured edge and a count. */
export const OverviewCardView = memo(function OverviewCardView({ data, selected }: NodeProps<OverviewFlowNode>) {
  const { t } = useTranslation();
  const face = describeOverview(data, t);
  const count = findings(data);
  const cluster = data.type === 'kind-cluster' || data.type === 'group-cluster';
  return (
    <div
      className="portico-graph-node"
      data-selected={selected || undefined}
      data-cluster={cluster || undefined}
      style={{ borderLeftColor: `var(--mantine-color-${face.color}-6)` }}
    >
      {isTarget(data) ? <Handle type="target" position={Position.Left} isConnectable={false} /> : null}
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text size="xs" c="dimmed" truncate>
          {face.kicker}
        </Text>
        {count > 0 ? (
          <Badge size="xs" color="yellow" variant="light" radius="sm">
            {count}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" fw={600} truncate translate={face.named ? 'no' : undefined}>
        {face.title}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {face.detail}
      </Text>
      {isTarget(data) ? null : <Handle type="source" position={Position.Right} isConnectable={false} />}
    </div>
  );
});

/** An opened cluster: a box with its title around its cards. */
export const OverviewBoxView = memo(function OverviewBoxView({ data, selected }: NodeProps<OverviewFlowNode>) {
  const { t } = useTranslation();
  const face = describeOverview(data, t);
  const target = isTarget(data);
  return (
    <div className="portico-graph-box" data-selected={selected || undefined}>
      {target ? <Handle type="target" position={Position.Left} isConnectable={false} /> : null}
      <Text size="xs" fw={600} className="portico-graph-box-title" truncate>
        <span translate={face.named ? 'no' : undefined}>{face.title}</span> · {face.detail}
      </Text>
      {target ? null : <Handle type="source" position={Position.Right} isConnectable={false} />}
    </div>
  );
});

export const overviewNodeTypes = { card: OverviewCardView, box: OverviewBoxView };
