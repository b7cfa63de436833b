import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Box, Group, Paper, Stack, Text, Title, useComputedColorScheme } from '@mantine/core';
import { Background, Controls, MiniMap, ReactFlow, useNodesState, useReactFlow, type OnSelectionChangeParams } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { ResourceKind, resourceKindLabel } from '@portico/contracts/bindings';
import type { FilterKey, FilteredInventory } from '../utils/filters';
import { buildGraphModel, defaultGraphLimits, type GraphModel } from '../utils/graph-model';
import { layoutGraph, type BindingNode } from '../utils/graph-layout';
import type { InventoryIndex } from '../utils/inventory-index';
import { kindColors, type ResourceHref } from '../utils/labels';
import { describeNode, nodeTypes } from './graph-nodes';
import { NodeDetails } from './node-details';

interface Props {
  index: InventoryIndex;
  filtered: FilteredInventory;
  resourceHref: ResourceHref;
  onFilter: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
  /** A resource was picked: the page opens its impact. */
  onSelectResource?: (key: string) => void;
  height?: number;
}

function levelNote(model: GraphModel): string {
  const apis = `${model.apiCount.toLocaleString()} API${model.apiCount === 1 ? '' : 's'}`;
  const resources = `${model.resourceCount.toLocaleString()} resource${model.resourceCount === 1 ? '' : 's'}`;
  switch (model.level) {
    case 'apis':
      return `${resources} and ${apis}, each API inside its group · stage.`;
    case 'pairs':
      return `${resources}; ${apis} grouped by group · stage (more than ${defaultGraphLimits.apiNodes} APIs). Filter by group or stage to see each API.`;
    case 'overview':
      return `${resources} and ${apis}: too many to draw one by one, so by resource type and stage. Filter by group, stage or resource type to see them.`;
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

const MINIMAP = { width: 150, height: 110 };
/** The minimap's width, its margin and a gap: kept free of the graph when it is fitted. */
const MINIMAP_COLUMN = MINIMAP.width + 15 + 16;

/**
 * Shows the graph whenever what it shows changes: all of it when it fits readably, otherwise
 * as wide as the pane from the top (a long column of APIs is scrolled, not shrunk to dots).
 */
function FitOnChange({ width, height, pane }: { width: number; height: number; pane: RefObject<HTMLDivElement | null> }) {
  const { fitView, setViewport } = useReactFlow();
  useEffect(() => {
    const frame = window.requestAnimationFrame(() => {
      const box = pane.current;
      if (!box || width === 0) return;
      const margin = 24;
      // The minimap has a column of its own on the right: the graph is fitted beside it, never under it.
      const usable = box.clientWidth - margin - MINIMAP_COLUMN;
      const zoom = Math.min(1, usable / width);
      if (height * zoom <= box.clientHeight - 2 * margin)
        void fitView({ padding: { top: `${margin}px`, bottom: `${margin}px`, left: `${margin}px`, right: `${MINIMAP_COLUMN}px` }, maxZoom: 1, duration: 0 });
      else void setViewport({ x: margin + (usable - width * zoom) / 2, y: margin, zoom }, { duration: 0 });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [width, height, pane, fitView, setViewport]);
  return null;
}

function Legend() {
  return (
    <Group gap="md" wrap="wrap" aria-hidden>
      {ResourceKind.options.map((kind) => (
        <Group key={kind} gap={6} wrap="nowrap">
          <Box w={10} h={10} bg={`${kindColors[kind]}.6`} style={{ borderRadius: 2 }} />
          <Text size="xs" c="dimmed">
            {resourceKindLabel[kind]}
          </Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap">
        <Box w={14} h={10} bg="var(--mantine-color-blue-light)" style={{ border: '1px dashed var(--mantine-color-blue-outline)', borderRadius: 2 }} />
        <Text size="xs" c="dimmed">
          Group · stage
        </Text>
      </Group>
    </Group>
  );
}

/**
 * Resources on the left, published APIs on the right by group · stage, laid out by dagre.
 * Scroll or drag to pan, the buttons, ctrl + wheel or a pinch to zoom; click (or focus and press Enter on) a node to see its details beside the graph.
 */
export function BindingsGraph({ index, filtered, resourceHref, onFilter, onSelectResource, height = 560 }: Props) {
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
    <Paper withBorder radius="md" p="md" component="section" aria-label="Bindings graph">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} fz="md" fw={600}>
              Graph
            </Title>
            <Text size="sm" c="dimmed" data-testid="graph-level" data-level={model.level}>
              {levelNote(model)}
            </Text>
          </Stack>
          <Legend />
        </Group>
        <div className="portico-graph-layout">
          <div className="portico-graph" style={{ height }} ref={pane}>
            {model.nodes.length === 0 ? (
              <Text size="sm" c="dimmed" p="xl">
                Nothing to draw: no resource or API matches these filters.
              </Text>
            ) : (
              <ReactFlow<BindingNode>
                colorMode={colorMode}
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
                <MiniMap pannable zoomable ariaLabel="Graph overview" nodeColor={miniMapColor} nodeStrokeWidth={0} style={MINIMAP} />
              </ReactFlow>
            )}
          </div>
          <Paper withBorder radius="md" p="sm" className="portico-graph-details" component="aside" aria-label="Node details">
            {selected ? (
              <NodeDetails data={selected.data} index={index} resourceHref={resourceHref} onFilter={onFilter} onClose={clearSelection} />
            ) : (
              <Text size="sm" c="dimmed">
                Click a node to see its details: what it is, what is bound to it, its findings and where to change it.
              </Text>
            )}
          </Paper>
        </div>
      </Stack>
    </Paper>
  );
}
