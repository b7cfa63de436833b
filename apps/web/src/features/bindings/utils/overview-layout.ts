import type { Edge, Node } from '@xyflow/react';
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import type { OverviewData, OverviewModel } from './overview-model';
import { formatNumber } from '@/lib/format';

/** `card`: one thing with a count; `box`: an opened cluster drawn around its cards. */
export type OverviewNodeType = 'card' | 'box';
export type OverviewFlowNode = Node<OverviewData, OverviewNodeType>;
export type OverviewFlowEdge = Edge<{ count: number }>;

export interface OverviewLayout {
  nodes: OverviewFlowNode[];
  edges: OverviewFlowEdge[];
  width: number;
  height: number;
}

export const CARD = { width: 250, height: 72 };
/** Room for an opened cluster's title above its cards. */
const BOX_PADDING = '[top=44,left=14,bottom=14,right=14]';

/**
 * Left to right with ELK's layered algorithm, clusters as compound nodes: ELK lays out the
 * cards inside each opened cluster and the clusters together in one pass
 * (`hierarchyHandling: INCLUDE_CHILDREN`), so edges into a cluster's cards are routed with the
 * rest. ELK gives each child's position relative to its parent, as React Flow wants.
 */
export async function layoutOverview(model: OverviewModel, elk: ELK): Promise<OverviewLayout> {
  const children = new Map<string | undefined, ElkNode[]>();
  const elkNodes = new Map<string, ElkNode>();
  for (const node of model.nodes) {
    // Resources in the first column, API groups in the second, even a group nothing is bound to.
    const partition = node.data.type === 'kind-cluster' ? '0' : '1';
    const elkNode: ElkNode = { id: node.id, ...CARD, ...(node.parent === undefined ? { layoutOptions: { 'elk.partitioning.partition': partition } } : {}) };
    elkNodes.set(node.id, elkNode);
    const list = children.get(node.parent) ?? [];
    list.push(elkNode);
    children.set(node.parent, list);
  }
  for (const [parent, list] of children) {
    if (parent === undefined) continue;
    const box = elkNodes.get(parent);
    if (!box) continue;
    delete box.width;
    delete box.height;
    box.children = list;
    box.layoutOptions = { ...box.layoutOptions, 'elk.padding': BOX_PADDING, 'elk.direction': 'DOWN', 'elk.spacing.nodeNode': '12' };
  }
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '20',
      'elk.layered.spacing.nodeNodeBetweenLayers': '140',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: children.get(undefined) ?? [],
    edges: model.edges.map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  };
  const laid = await elk.layout(root);

  const data = new Map(model.nodes.map((node) => [node.id, node]));
  const nodes: OverviewFlowNode[] = [];
  const visit = (elkNode: ElkNode, parentId: string | undefined) => {
    const node = data.get(elkNode.id);
    if (!node) return;
    const isBox = (elkNode.children?.length ?? 0) > 0;
    nodes.push({
      id: node.id,
      type: isBox ? 'box' : 'card',
      position: { x: elkNode.x ?? 0, y: elkNode.y ?? 0 },
      width: elkNode.width ?? CARD.width,
      height: elkNode.height ?? CARD.height,
      data: node.data,
      ...(parentId ? { parentId, extent: 'parent' as const } : {}),
      ...(isBox ? { zIndex: -1 } : {}),
    });
    for (const child of elkNode.children ?? []) visit(child, node.id);
  };
  for (const child of laid.children ?? []) visit(child, undefined);

  const edges: OverviewFlowEdge[] = model.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    data: { count: edge.count },
    label: formatNumber(edge.count),
  }));
  return { nodes, edges, width: laid.width ?? 0, height: laid.height ?? 0 };
}

let shared: Promise<ELK> | undefined;

/**
 * ELK in a web worker, loaded on first use: its 1.6 MB engine is fetched only when a graph is
 * drawn and never blocks the page while it lays out.
 */
export function overviewElk(): Promise<ELK> {
  shared ??= Promise.all([import('elkjs/lib/elk-api'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([{ default: ElkApi }, { default: workerUrl }]) => new ElkApi({ workerUrl }),
  );
  return shared;
}
