import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Loader, Text, useComputedColorScheme } from '@mantine/core';
import { Background, Controls, ReactFlow, type NodeMouseHandler } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ResourceKind } from '@portico/contracts/bindings';
import type { FilteredInventory } from '../utils/filters';
import type { InventoryIndex } from '../utils/inventory-index';
import { layoutOverview, overviewElk, type OverviewFlowNode, type OverviewLayout } from '../utils/overview-layout';
import { buildOverviewModel, OVERVIEW_GROUPS, type OverviewModel } from '../utils/overview-model';
import { useFlowLabels } from '../hooks/use-flow-labels';
import { FitOnChange } from './graph-viewport';
import { describeOverview, overviewNodeTypes } from './overview-nodes';

interface Props {
  index: InventoryIndex;
  filtered: FilteredInventory;
  height: number;
  /** A resource card was clicked: the graph focuses on it. */
  onFocus: (resourceKey: string) => void;
  /** A stage card was clicked: the page filters to that group and stage. */
  onPair: (groupId: string, stage: string) => void;
  /** "N more" resources of a kind: the page filters to that kind. */
  onKind: (kind: ResourceKind) => void;
  onModel?: (model: OverviewModel) => void;
}

/** Lays the model out with ELK (in its worker); the last layout stays on screen until the next is ready. */
function useOverviewLayout(model: OverviewModel): { layout: OverviewLayout | undefined; error: unknown } {
  const [state, setState] = useState<{ layout: OverviewLayout | undefined; error: unknown }>({ layout: undefined, error: undefined });
  useEffect(() => {
    let current = true;
    overviewElk()
      .then((elk) => layoutOverview(model, elk))
      .then(
        (layout) => current && setState({ layout, error: undefined }),
        (error: unknown) => current && setState((s) => ({ ...s, error })),
      );
    return () => {
      current = false;
    };
  }, [model]);
  return state;
}

/** Clusters with counts that fit the screen at any size; a click opens or closes a cluster. */
export function OverviewGraph({ index, filtered, height, onFocus, onPair, onKind, onModel }: Props) {
  const { t } = useTranslation();
  const flowLabels = useFlowLabels();
  const colorMode = useComputedColorScheme('light');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [groups, setGroups] = useState(OVERVIEW_GROUPS);
  const model = useMemo(() => buildOverviewModel(index, filtered, { expanded, groups }), [index, filtered, expanded, groups]);
  useEffect(() => onModel?.(model), [model, onModel]);
  const { layout, error } = useOverviewLayout(model);
  const nodes = useMemo(
    () =>
      layout?.nodes.map((node): OverviewFlowNode => {
        const face = describeOverview(node.data, t);
        return { ...node, ariaLabel: `${face.kicker}: ${face.title}, ${face.detail}`, draggable: false, connectable: false };
      }) ?? [],
    [layout, t],
  );
  const toggle = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const onNodeClick: NodeMouseHandler<OverviewFlowNode> = useCallback(
    (_event, node) => {
      const data = node.data;
      if (data.type === 'kind-cluster' || data.type === 'group-cluster') toggle(node.id);
      else if (data.type === 'resource-card') onFocus(data.resource.key);
      else if (data.type === 'stage-card') onPair(data.groupId, data.stage);
      else if (data.of === 'groups') setGroups((n) => n + OVERVIEW_GROUPS);
      else if (data.kind) onKind(data.kind);
    },
    [toggle, onFocus, onPair, onKind],
  );
  const pane = useRef<HTMLDivElement>(null);

  if (error) return <Text c="red">{t('bindings.overview.layoutFailed')}</Text>;
  return (
    <div className="portico-graph" style={{ height }} ref={pane} data-testid="overview-graph" aria-busy={layout ? undefined : true}>
      {layout ? (
        <ReactFlow<OverviewFlowNode>
          colorMode={colorMode}
          ariaLabelConfig={flowLabels}
          nodes={nodes}
          edges={layout.edges}
          nodeTypes={overviewNodeTypes}
          onNodeClick={onNodeClick}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          elementsSelectable
          minZoom={0.1}
          maxZoom={1.5}
          panOnScroll
          zoomOnScroll={false}
          zoomOnPinch
          defaultEdgeOptions={{ style: { stroke: 'var(--portico-graph-edge)' }, labelBgPadding: [4, 2] }}
        >
          {/* No minimap: the overview fits the pane, so a minimap would only cover part of it. */}
          <FitOnChange width={layout.width} height={layout.height} pane={pane} minimap={false} />
          <Background gap={24} size={1} />
          <Controls showInteractive={false} />
        </ReactFlow>
      ) : (
        // A status, so its name is allowed and announced (a bare span may not carry aria-label).
        <Loader size="sm" m="xl" role="status" aria-label={t('bindings.overview.layingOut')} />
      )}
    </div>
  );
}
