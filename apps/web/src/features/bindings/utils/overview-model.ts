import type { InventoryResource, ResourceKind } from '@portico/contracts/bindings';
import { ResourceKind as ResourceKinds } from '@portico/contracts/bindings';
import type { FilteredInventory } from './filters';
import { findingsOf, resourcesOf, type InventoryIndex } from './inventory-index';

/**
 * The graph's first view at any size: clusters with counts, a handful of nodes whatever the
 * inventory holds, so it fits the screen and reads.
 * - one cluster per resource kind (left); expanded, it holds its most-bound resources;
 * - one cluster per API group (right), the largest first; expanded, it holds a card per stage;
 *   past `groups` of them, one "more groups" node (clicking it shows more);
 * - an edge per (kind or resource, group or stage) with how many bindings it stands for.
 */
export type OverviewData =
  | { type: 'kind-cluster'; kind: ResourceKind; count: number; boundCount: number; expanded: boolean }
  | { type: 'group-cluster'; groupId: string; groupName: string; apiCount: number; stageCount: number; expanded: boolean }
  | { type: 'stage-card'; groupId: string; groupName: string; stage: string; apiCount: number; findingCount: number }
  | { type: 'resource-card'; resource: InventoryResource; findingCount: number }
  | { type: 'more'; of: 'groups' | 'resources'; kind?: ResourceKind; count: number; apiCount: number };

export interface OverviewNode {
  id: string;
  data: OverviewData;
  parent?: string;
}

export interface OverviewEdge {
  id: string;
  source: string;
  target: string;
  count: number;
}

export interface OverviewModel {
  nodes: OverviewNode[];
  edges: OverviewEdge[];
  apiCount: number;
  resourceCount: number;
  groupCount: number;
}

export interface OverviewState {
  /** Cluster ids opened by a click. */
  expanded: ReadonlySet<string>;
  /** How many API groups are drawn (the rest are one "more" node). */
  groups: number;
}

export const OVERVIEW_GROUPS = 8;
/** Resources drawn inside an opened kind cluster (the most-bound first). */
export const RESOURCES_IN_CLUSTER = 8;

export const kindClusterId = (kind: ResourceKind) => `kind:${kind}`;
export const groupClusterId = (groupId: string) => `group:${groupId}`;
export const stageCardId = (groupId: string, stage: string) => `stage:${groupId}:${stage}`;
const STAGE_ORDER = ['TEST', 'PRE', 'RELEASE'];

interface GroupTally {
  groupId: string;
  groupName: string;
  apiCount: number;
  stages: Map<string, { apiCount: number; findingCount: number }>;
}

function tallyGroups(filtered: FilteredInventory): GroupTally[] {
  const groups = new Map<string, GroupTally>();
  for (const row of filtered.apis) {
    let group = groups.get(row.api.groupId);
    if (!group) groups.set(row.api.groupId, (group = { groupId: row.api.groupId, groupName: row.api.groupName, apiCount: 0, stages: new Map() }));
    group.apiCount += 1;
    const stage = group.stages.get(row.stage) ?? { apiCount: 0, findingCount: 0 };
    stage.apiCount += 1;
    stage.findingCount += row.findings.length;
    group.stages.set(row.stage, stage);
  }
  return [...groups.values()].sort((a, b) => b.apiCount - a.apiCount || a.groupName.localeCompare(b.groupName));
}

export function buildOverviewModel(index: InventoryIndex, filtered: FilteredInventory, state: OverviewState): OverviewModel {
  const nodes: OverviewNode[] = [];
  const groups = tallyGroups(filtered);
  const shownGroups = groups.slice(0, state.groups);
  const hidden = groups.slice(state.groups);

  // The API side: where each API is drawn (its stage card, its group cluster, or "more groups").
  const MORE_GROUPS = 'more:groups';
  const apiTarget = new Map<string, string>();
  for (const group of shownGroups) {
    const id = groupClusterId(group.groupId);
    const expanded = state.expanded.has(id);
    nodes.push({ id, data: { type: 'group-cluster', groupId: group.groupId, groupName: group.groupName, apiCount: group.apiCount, stageCount: group.stages.size, expanded } });
    if (!expanded) continue;
    const stages = [...group.stages].sort(([a], [b]) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b));
    for (const [stage, tally] of stages)
      nodes.push({ id: stageCardId(group.groupId, stage), parent: id, data: { type: 'stage-card', groupId: group.groupId, groupName: group.groupName, stage, ...tally } });
  }
  if (hidden.length > 0) nodes.push({ id: MORE_GROUPS, data: { type: 'more', of: 'groups', count: hidden.length, apiCount: hidden.reduce((n, g) => n + g.apiCount, 0) } });
  const expandedGroups = new Set(shownGroups.filter((g) => state.expanded.has(groupClusterId(g.groupId))).map((g) => g.groupId));
  const shownIds = new Set(shownGroups.map((g) => g.groupId));
  for (const row of filtered.apis) {
    const { groupId } = row.api;
    apiTarget.set(row.key, !shownIds.has(groupId) ? MORE_GROUPS : expandedGroups.has(groupId) ? stageCardId(groupId, row.stage) : groupClusterId(groupId));
  }

  // The resource side: a cluster per kind, opened to its most-bound resources.
  const resourceSource = new Map<string, string>();
  for (const kind of ResourceKinds.options) {
    const ofKind = filtered.resources.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    const id = kindClusterId(kind);
    const expanded = state.expanded.has(id);
    nodes.push({ id, data: { type: 'kind-cluster', kind, count: ofKind.length, boundCount: ofKind.reduce((n, r) => n + r.boundCount, 0), expanded } });
    if (!expanded) {
      for (const r of ofKind) resourceSource.set(r.key, id);
      continue;
    }
    const top = ofKind.toSorted((a, b) => b.boundCount - a.boundCount || a.name.localeCompare(b.name));
    for (const resource of top.slice(0, RESOURCES_IN_CLUSTER)) {
      nodes.push({ id: resource.key, parent: id, data: { type: 'resource-card', resource, findingCount: findingsOf(index, resource.key).length } });
      resourceSource.set(resource.key, resource.key);
    }
    const rest = top.slice(RESOURCES_IN_CLUSTER);
    if (rest.length > 0) {
      const moreId = `more:${kind}`;
      nodes.push({ id: moreId, parent: id, data: { type: 'more', of: 'resources', kind, count: rest.length, apiCount: rest.reduce((n, r) => n + r.boundCount, 0) } });
      for (const r of rest) resourceSource.set(r.key, moreId);
    }
  }

  const edges = new Map<string, OverviewEdge>();
  for (const row of filtered.apis) {
    const target = apiTarget.get(row.key);
    if (!target) continue;
    for (const key of resourcesOf(index, row.key)) {
      const source = resourceSource.get(key);
      if (!source) continue;
      const id = `${source}->${target}`;
      const edge = edges.get(id);
      if (edge) edge.count += 1;
      else edges.set(id, { id, source, target, count: 1 });
    }
  }
  return { nodes, edges: [...edges.values()], apiCount: filtered.apis.length, resourceCount: filtered.resources.length, groupCount: groups.length };
}

/**
 * Focus mode: one resource's neighbourhood, the APIs that hang on it and what else they hang on,
 * as the detailed graph draws it.
 */
export function neighbourhood(index: InventoryIndex, key: string): FilteredInventory {
  const apis = (index.apisByResource.get(key) ?? []).flatMap((apiKey) => index.apiByKey.get(apiKey) ?? []);
  const keys = new Set([key, ...apis.flatMap((row) => resourcesOf(index, row.key))]);
  return { apis, resources: index.resources.filter((r) => keys.has(r.key)) };
}
