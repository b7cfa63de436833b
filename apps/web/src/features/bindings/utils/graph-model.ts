import type { InventoryResource, ResourceKind } from '@portico/contracts/bindings';
import type { FilteredInventory } from './filters';
import { findingsOf, resourcesOf, type ApiRow, type InventoryIndex } from './inventory-index';

/**
 * What the graph draws, before any layout: resources on the left, published APIs on the right,
 * grouped by API group and stage. How much detail depends on the size of what is left after
 * filtering, so the graph stays readable and quick to lay out:
 * - `apis`: every API, inside a box per group · stage;
 * - `pairs`: above `apiNodes` APIs, one node per group · stage with its count (resources stay);
 * - `overview`: when even that is more than `nodes` nodes, one node per resource type and one
 *   per stage, with counts; the filters (or clicking a node) narrow it back to detail.
 */
export type GraphLevel = 'apis' | 'pairs' | 'overview';

export interface GraphLimits {
  /** Most API nodes drawn one by one. */
  apiNodes: number;
  /** Most nodes drawn in all (resources, APIs, group · stage boxes). */
  nodes: number;
}

export const defaultGraphLimits: GraphLimits = { apiNodes: 300, nodes: 500 };

export type GraphNodeData =
  | { type: 'resource'; resource: InventoryResource; findingCount: number }
  | { type: 'api'; row: ApiRow }
  | { type: 'pair'; groupId: string; groupName: string; stage: string; apiCount: number; collapsed: boolean; findingCount: number }
  | { type: 'resource-kind'; kind: ResourceKind; count: number; boundCount: number }
  | { type: 'stage'; stage: string; apiCount: number; pairCount: number };

export interface GraphModelNode {
  id: string;
  data: GraphNodeData;
  /** The box (a group · stage) this node is drawn inside. */
  parent?: string;
}

export interface GraphModelEdge {
  id: string;
  source: string;
  target: string;
  /** How many bindings this edge stands for (1 between a resource and an API). */
  count: number;
}

export interface GraphModel {
  level: GraphLevel;
  nodes: GraphModelNode[];
  edges: GraphModelEdge[];
  apiCount: number;
  resourceCount: number;
}

export const pairId = (groupId: string, stage: string) => `pair:${groupId}:${stage}`;
export const apiNodeId = (key: string) => `api:${key}`;
export const kindNodeId = (kind: ResourceKind) => `kind:${kind}`;
export const stageNodeId = (stage: string) => `stage:${stage}`;

/** "portico_payments · RELEASE" */
export const pairLabel = (groupName: string, stage: string) => `${groupName} · ${stage}`;

interface Pair {
  id: string;
  groupId: string;
  groupName: string;
  stage: string;
  apis: ApiRow[];
}

function pairsOf(apis: ApiRow[]): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  for (const row of apis) {
    const id = pairId(row.api.groupId, row.stage);
    const pair = pairs.get(id);
    if (pair) pair.apis.push(row);
    else pairs.set(id, { id, groupId: row.api.groupId, groupName: row.api.groupName, stage: row.stage, apis: [row] });
  }
  return pairs;
}

function resourceNodes(index: InventoryIndex, resources: InventoryResource[]): GraphModelNode[] {
  return resources.map((resource) => ({
    id: resource.key,
    data: { type: 'resource', resource, findingCount: findingsOf(index, resource.key).length },
  }));
}

/** Every binding between what is shown, once, counted per (source, target). */
function countedEdges(index: InventoryIndex, apis: ApiRow[], visible: Set<string>, target: (row: ApiRow) => string, source: (resourceKey: string) => string) {
  const edges = new Map<string, GraphModelEdge>();
  for (const row of apis) {
    const to = target(row);
    for (const key of resourcesOf(index, row.key)) {
      if (!visible.has(key)) continue;
      const from = source(key);
      const id = `${from}->${to}`;
      const edge = edges.get(id);
      if (edge) edge.count += 1;
      else edges.set(id, { id, source: from, target: to, count: 1 });
    }
  }
  return [...edges.values()];
}

export function buildGraphModel(index: InventoryIndex, filtered: FilteredInventory, limits: GraphLimits = defaultGraphLimits): GraphModel {
  const { apis, resources } = filtered;
  const visible = new Set(resources.map((r) => r.key));
  const pairs = pairsOf(apis);
  const counts = { apiCount: apis.length, resourceCount: resources.length };
  const pairFindings = (pair: Pair) => pair.apis.reduce((n, row) => n + row.findings.length, 0);

  if (apis.length <= limits.apiNodes && resources.length + apis.length + pairs.size <= limits.nodes) {
    const nodes: GraphModelNode[] = resourceNodes(index, resources);
    for (const pair of pairs.values()) {
      nodes.push({
        id: pair.id,
        data: {
          type: 'pair',
          groupId: pair.groupId,
          groupName: pair.groupName,
          stage: pair.stage,
          apiCount: pair.apis.length,
          collapsed: false,
          findingCount: pairFindings(pair),
        },
      });
      for (const row of pair.apis) nodes.push({ id: apiNodeId(row.key), data: { type: 'api', row }, parent: pair.id });
    }
    const edges = countedEdges(
      index,
      apis,
      visible,
      (row) => apiNodeId(row.key),
      (key) => key,
    );
    return { level: 'apis', nodes, edges, ...counts };
  }

  if (resources.length + pairs.size <= limits.nodes) {
    const nodes: GraphModelNode[] = resourceNodes(index, resources);
    for (const pair of pairs.values()) {
      nodes.push({
        id: pair.id,
        data: {
          type: 'pair',
          groupId: pair.groupId,
          groupName: pair.groupName,
          stage: pair.stage,
          apiCount: pair.apis.length,
          collapsed: true,
          findingCount: pairFindings(pair),
        },
      });
    }
    const edges = countedEdges(
      index,
      apis,
      visible,
      (row) => pairId(row.api.groupId, row.stage),
      (key) => key,
    );
    return { level: 'pairs', nodes, edges, ...counts };
  }

  // Overview: one node per resource type and per stage.
  const kinds = new Map<ResourceKind, { count: number; boundCount: number }>();
  for (const resource of resources) {
    const entry = kinds.get(resource.kind) ?? { count: 0, boundCount: 0 };
    entry.count += 1;
    entry.boundCount += resource.boundCount;
    kinds.set(resource.kind, entry);
  }
  const stages = new Map<string, { apiCount: number; pairs: Set<string> }>();
  for (const pair of pairs.values()) {
    const entry = stages.get(pair.stage) ?? { apiCount: 0, pairs: new Set<string>() };
    entry.apiCount += pair.apis.length;
    entry.pairs.add(pair.id);
    stages.set(pair.stage, entry);
  }
  const nodes: GraphModelNode[] = [
    ...[...kinds].map(([kind, entry]) => ({ id: kindNodeId(kind), data: { type: 'resource-kind' as const, kind, ...entry } })),
    ...[...stages].map(([stage, entry]) => ({ id: stageNodeId(stage), data: { type: 'stage' as const, stage, apiCount: entry.apiCount, pairCount: entry.pairs.size } })),
  ];
  const kindOf = (key: string) => kindNodeId(index.resourceByKey.get(key)?.kind ?? 'backend');
  const edges = countedEdges(index, apis, visible, (row) => stageNodeId(row.stage), kindOf);
  return { level: 'overview', nodes, edges, ...counts };
}
