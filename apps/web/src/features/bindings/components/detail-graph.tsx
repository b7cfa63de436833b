import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Paper, Stack, Text, useComputedColorScheme } from '@mantine/core';
import { Background, Controls, MiniMap, ReactFlow, useNodesState, type OnSelectionChangeParams } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FilterKey, FilteredInventory } from '../utils/filters';
import { buildGraphModel, defaultGraphLimits, type GraphModel } from '../utils/graph-model';
import { layoutGraph, type BindingNode } from '../utils/graph-layout';
import type { InventoryIndex } from '../utils/inventory-index';
import { kindColors, type ResourceHref } from '../utils/labels';
import { describeNode, nodeTypes } from './graph-nodes';
import { useFlowLabels } from '../hooks/use-flow-labels';
import { FitOnChange, MINIMAP } from './graph-viewport';
import { NodeDetails } from './node-details';

export interface DetailProps {
  index: InventoryIndex;
  filtered: FilteredInventory;
  resourceHref: ResourceHref;
  onFilter: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
  /** A resource was picked: the page opens its impact. */
  onSelectResource?: ((key: string) => void) | undefined;
  height: number;
}

function levelNote(model: GraphModel, t: TFunction): string {
  const counts = { apis: model.apiCount, resources: model.resourceCount, limit: defaultGraphLimits.apiNodes };
  switch (model.level) {
    case 'apis':
      return t('bindings.graph.levelApis', counts);
    case 'pairs':
      return t('bindings.graph.levelPairs', counts);
    case 'overview':
      return t('bindings.graph.levelOverview', counts);
  }
}

/** The overview's colours: each resource by its type, boxes pale, APIs grey. */
function miniMapColor(node: BindingNode): string {
  const data = node.data;
  if (data.type === 'resource') return `var(--mantine-color-${kindColors[data.resource.kind]}-5)`;
  if (data.type === 'resource-kind') return `var(--mantine-color-${kindColors[data.kind]}-5)`;
  if (data.type === 'pair' && !data.collapsed) return 'var(--mantine-color-blue-light)';
  return 'var(--mantine-color-gray-5)';
}

/**
 * Resources on the left, published APIs on the right by group · stage, laid out by dagre: the
 * graph when filters (or focus) leave few enough to draw one by one. Scroll or drag to pan, the
 * buttons, ctrl + wheel or a pinch to zoom; click (or focus and press Enter on) a node to see its
 * details beside the graph.
 */
export function DetailGraph({ index, filtered, resourceHref, onFilter, onSelectResource, height }: DetailProps) {
  const { t } = useTranslation();
  const flowLabels = useFlowLabels();
  const colorMode = useComputedColorScheme('light');
  const model = useMemo(() => buildGraphModel(index, filtered), [index, filtered]);
  const layout = useMemo(() => layoutGraph(model), [model]);
  const laidOut = useMemo(
    () =>
      layout.nodes.map((node): BindingNode => {
        const face = describeNode(node.data);
        return { ...node, ariaLabel: `${face.kicker}: ${face.title}, ${face.detail}`, draggable: false, connectable: false };
      }),
    [layout],
  );
  const [nodes, setNodes, onNodesChange] = useNodesState<BindingNode>(laidOut);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);

  useEffect(() => {
    setNodes(laidOut);
    setSelectedId((current) => (current !== undefined && laidOut.some((n) => n.id === current) ? current : undefined));
  }, [laidOut, setNodes]);

  // React Flow reports the selection again when it re-renders: only a new pick opens an impact.
  const picked = useRef<string | undefined>(undefined);
  const selectResource = useRef(onSelectResource);
  useEffect(() => {
    selectResource.current = onSelectResource;
  }, [onSelectResource]);
  const onSelectionChange = useCallback(({ nodes: chosen }: OnSelectionChangeParams<BindingNode>) => {
    const node = chosen.length === 1 ? chosen[0] : undefined;
    if (!node || node.id === picked.current) return;
    picked.current = node.id;
    setSelectedId(node.id);
    if (node.data.type === 'resource') selectResource.current?.(node.data.resource.key);
  }, []);
  const clearSelection = useCallback(() => {
    picked.current = undefined;
    setSelectedId(undefined);
  }, []);

  const pane = useRef<HTMLDivElement>(null);
  const selected = selectedId !== undefined ? nodes.find((n) => n.id === selectedId) : undefined;

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" data-testid="graph-level" data-level={model.level}>
        {levelNote(model, t)}
      </Text>
      <div className="portico-graph-layout">
        <div className="portico-graph" style={{ height }} ref={pane}>
          {model.nodes.length === 0 ? (
            <Text size="sm" c="dimmed" p="xl">
              {t('bindings.graph.nothing')}
            </Text>
          ) : (
            <ReactFlow<BindingNode>
              colorMode={colorMode}
              ariaLabelConfig={flowLabels}
              nodes={nodes}
              edges={layout.edges}
              nodeTypes={nodeTypes}
              onNodesChange={onNodesChange}
              onSelectionChange={onSelectionChange}
              onPaneClick={clearSelection}
              nodesDraggable={false}
              nodesConnectable={false}
              edgesFocusable={false}
              elementsSelectable
              onlyRenderVisibleElements
              minZoom={0.02}
              maxZoom={2}
              panOnScroll
              zoomOnScroll={false}
              zoomOnPinch
              defaultEdgeOptions={{ style: { stroke: 'var(--portico-graph-edge)' }, labelBgPadding: [4, 2] }}
            >
              <FitOnChange width={layout.width} height={layout.height} pane={pane} />
              <Background gap={24} size={1} />
              <Controls showInteractive={false} />
              <MiniMap pannable zoomable ariaLabel={t('bindings.graph.minimap')} nodeColor={miniMapColor} nodeStrokeWidth={0} style={MINIMAP} />
            </ReactFlow>
          )}
        </div>
        <Paper withBorder radius="md" p="sm" className="portico-graph-details" component="aside" aria-label={t('bindings.graph.details')}>
          {selected ? (
            <NodeDetails data={selected.data} index={index} resourceHref={resourceHref} onFilter={onFilter} onClose={clearSelection} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('bindings.graph.clickHint')}
            </Text>
          )}
        </Paper>
      </div>
    </Stack>
  );
}
