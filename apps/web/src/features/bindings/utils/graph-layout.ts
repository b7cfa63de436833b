import dagre from '@dagrejs/dagre';
import type { Edge, Node } from '@xyflow/react';
import type { GraphModel, GraphNodeData } from './graph-model';

/** `binding`: a box with a name (resource, API, aggregate); `pair`: a group · stage box holding APIs. */
export type BindingNodeType = 'binding' | 'pair';
export type BindingNode = Node<GraphNodeData, BindingNodeType>;
export type BindingEdge = Edge<{ count: number }>;

export interface GraphLayout {
  nodes: BindingNode[];
  edges: BindingEdge[];
  width: number;
  height: number;
}

interface Size {
  width: number;
  height: number;
}

/** Sizes in graph units; the node components draw to them. */
export function nodeSize(data: GraphNodeData): Size {
  switch (data.type) {
    // Three lines of text (kind or method, name, count or path) take 68: any less and the
    // lines are squeezed into each other.
    case 'api':
      return { width: 240, height: 68 };
    case 'pair':
    case 'resource':
      return { width: 260, height: 68 };
    case 'resource-kind':
    case 'stage':
      return { width: 260, height: 72 };
  }
}

/** Inside a group · stage box: a header line for its name, then its APIs one under the other. */
export const BOX_HEADER = 36;
const BOX_PADDING = 14;
const API_GAP = 10;

function boxSize(children: number): Size {
  const api = nodeSize({ type: 'api' } as GraphNodeData);
  return { width: api.width + 2 * BOX_PADDING, height: BOX_HEADER + children * (api.height + API_GAP) - API_GAP + BOX_PADDING };
}

/**
 * Left to right with dagre: resources, then the published APIs. Dagre places the resources and
 * the group · stage boxes (a flat layout: its compound mode takes seconds at a few hundred
 * nodes); the APIs are then stacked inside their box, each near the resources it hangs on.
 * A box's position is absolute and each API's relative to its box, as React Flow wants.
 */
export function layoutGraph(model: GraphModel): GraphLayout {
  const children = new Map<string, GraphModel['nodes']>();
  for (const node of model.nodes) {
    if (node.parent === undefined) continue;
    const list = children.get(node.parent);
    if (list) list.push(node);
    else children.set(node.parent, [node]);
  }
  const parentOf = new Map<string, string>();
  for (const node of model.nodes) if (node.parent !== undefined) parentOf.set(node.id, node.parent);

  const graph = new dagre.graphlib.Graph<object, Size & { x: number; y: number }>();
  graph.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 160, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map<string, Size>();
  for (const node of model.nodes) {
    if (node.parent !== undefined) continue;
    const inside = children.get(node.id);
    const size = inside ? boxSize(inside.length) : nodeSize(node.data);
    sizes.set(node.id, size);
    graph.setNode(node.id, { ...size, x: 0, y: 0 });
  }
  for (const edge of model.edges) {
    const target = parentOf.get(edge.target) ?? edge.target;
    const source = parentOf.get(edge.source) ?? edge.source;
    if (!graph.hasEdge(source, target)) graph.setEdge(source, target);
  }

  dagre.layout(graph);

  const nodes: BindingNode[] = [];
  const centreY = new Map<string, number>();
  let width = 0;
  let height = 0;
  for (const node of model.nodes) {
    if (node.parent !== undefined) continue;
    const laid = graph.node(node.id);
    const size = sizes.get(node.id) ?? nodeSize(node.data);
    const position = { x: laid.x - size.width / 2, y: laid.y - size.height / 2 };
    centreY.set(node.id, laid.y);
    width = Math.max(width, position.x + size.width);
    height = Math.max(height, position.y + size.height);
    nodes.push({
      id: node.id,
      type: children.has(node.id) ? 'pair' : 'binding',
      position,
      data: node.data,
      width: size.width,
      height: size.height,
      ...(children.has(node.id) ? { zIndex: -1 } : {}),
    });
  }

  // Each API goes as high in its box as the resources it hangs on are (their mean height), so
  // the edges cross as little as they can; an API bound to nothing shown goes last.
  const sourcesOf = new Map<string, number[]>();
  for (const edge of model.edges) {
    const y = centreY.get(edge.source);
    if (y === undefined) continue;
    const list = sourcesOf.get(edge.target);
    if (list) list.push(y);
    else sourcesOf.set(edge.target, [y]);
  }
  const weight = (id: string) => {
    const ys = sourcesOf.get(id);
    return ys ? ys.reduce((a, b) => a + b, 0) / ys.length : Number.POSITIVE_INFINITY;
  };
  const api = nodeSize({ type: 'api' } as GraphNodeData);
  for (const [boxId, inside] of children) {
    const ordered = inside.map((node) => ({ node, weight: weight(node.id) })).sort((a, b) => a.weight - b.weight);
    ordered.forEach(({ node }, i) => {
      nodes.push({
        id: node.id,
        type: 'binding',
        position: { x: BOX_PADDING, y: BOX_HEADER + i * (api.height + API_GAP) },
        data: node.data,
        width: api.width,
        height: api.height,
        parentId: boxId,
        extent: 'parent',
      });
    });
  }

  const edges: BindingEdge[] = model.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    data: { count: edge.count },
    ...(edge.count > 1 ? { label: String(edge.count) } : {}),
  }));

  return { nodes, edges, width, height };
}
