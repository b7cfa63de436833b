import { describe, expect, it } from 'vitest';
import { inventoryFixture } from '@/testing/inventory-fixtures';
import { filterInventory } from './filters';
import { buildGraphModel, pairId } from './graph-model';
import { layoutGraph } from './graph-layout';
import { buildInventoryIndex } from './inventory-index';

describe('buildGraphModel', () => {
  it('when few APIs are left, then each is a node inside its group · stage box', () => {
    const index = buildInventoryIndex(inventoryFixture());
    const model = buildGraphModel(index, filterInventory(index, {}));
    expect(model.level).toBe('apis');
    expect(model.nodes.filter((n) => n.data.type === 'api')).toHaveLength(20);
    expect(model.nodes.filter((n) => n.data.type === 'resource')).toHaveLength(6);
    const boxes = model.nodes.filter((n) => n.data.type === 'pair');
    expect(boxes.map((n) => n.id).sort()).toEqual(
      [pairId('grp-orders', 'RELEASE'), pairId('grp-orders', 'TEST'), pairId('grp-payments', 'RELEASE'), pairId('grp-payments', 'TEST')].sort(),
    );
    expect(model.nodes.filter((n) => n.parent === pairId('grp-payments', 'RELEASE'))).toHaveLength(5);
    // orders-vpc → 10 APIs, payments-http → 10, partners → 5.
    expect(model.edges).toHaveLength(25);
    expect(model.edges.every((e) => e.count === 1)).toBe(true);
  });

  it('when more APIs than the threshold are left, then they collapse into group · stage nodes with counts; resources stay', () => {
    const index = buildInventoryIndex(inventoryFixture({ replicas: 1, apisPerGroup: 100 }));
    const filtered = filterInventory(index, {});
    expect(filtered.apis).toHaveLength(400);
    const model = buildGraphModel(index, filtered, { apiNodes: 300, nodes: 500 });
    expect(model.level).toBe('pairs');
    expect(model.nodes.some((n) => n.data.type === 'api')).toBe(false);
    const pair = model.nodes.find((n) => n.id === pairId('grp-payments', 'RELEASE'));
    expect(pair?.data).toMatchObject({ type: 'pair', apiCount: 100, collapsed: true, groupName: 'portico_payments', stage: 'RELEASE' });
    expect(model.nodes.filter((n) => n.data.type === 'resource')).toHaveLength(6);
    const edge = model.edges.find((e) => e.source === 'ip-control:acl-partners');
    expect(edge).toMatchObject({ target: pairId('grp-payments', 'RELEASE'), count: 100 });
  });

  it('when exactly at the threshold, then APIs are still drawn one by one', () => {
    const index = buildInventoryIndex(inventoryFixture({ apisPerGroup: 75 }));
    expect(buildGraphModel(index, filterInventory(index, {}), { apiNodes: 300, nodes: 500 }).level).toBe('apis');
  });

  it('when filtering by a stage, then the graph narrows back to APIs', () => {
    const index = buildInventoryIndex(inventoryFixture({ apisPerGroup: 100 }));
    const model = buildGraphModel(index, filterInventory(index, { stage: 'RELEASE', group: 'grp-orders' }));
    expect(model.level).toBe('apis');
    expect(model.nodes.filter((n) => n.data.type === 'pair')).toHaveLength(1);
  });

  it('when even the aggregates are too many, then it shows one node per resource type and per stage', () => {
    const index = buildInventoryIndex(inventoryFixture({ replicas: 500 }));
    const model = buildGraphModel(index, filterInventory(index, {}));
    expect(model.level).toBe('overview');
    expect(model.nodes.map((n) => n.id).sort()).toEqual(
      ['kind:backend', 'kind:endpoint-service', 'kind:ip-control', 'kind:vpc-authorization', 'stage:RELEASE', 'stage:TEST'].sort(),
    );
    expect(model.nodes.find((n) => n.id === 'kind:backend')?.data).toMatchObject({ count: 1_000 });
    expect(model.nodes.find((n) => n.id === 'stage:TEST')?.data).toMatchObject({ apiCount: 5_000, pairCount: 1_000 });
    expect(model.edges.find((e) => e.source === 'kind:ip-control')).toMatchObject({ target: 'stage:RELEASE', count: 2_500 });
  });
});

describe('layoutGraph', () => {
  it('when laid out, then resources are left of APIs and each API sits inside its box', () => {
    const index = buildInventoryIndex(inventoryFixture());
    const layout = layoutGraph(buildGraphModel(index, filterInventory(index, {})));
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    const resource = byId.get('backend:be-payments');
    const box = byId.get(pairId('grp-payments', 'RELEASE'));
    const api = byId.get('api:payments-api-1@RELEASE');
    expect(api?.parentId).toBe(box?.id);
    expect(resource!.position.x + (resource!.width ?? 0)).toBeLessThan(box!.position.x);
    expect(api!.position.x).toBeGreaterThanOrEqual(0);
    expect(api!.position.y).toBeGreaterThanOrEqual(0);
    expect(api!.position.x + (api!.width ?? 0)).toBeLessThanOrEqual(box!.width ?? 0);
    expect(api!.position.y + (api!.height ?? 0)).toBeLessThanOrEqual(box!.height ?? 0);
    // Boxes come before the APIs inside them.
    expect(layout.nodes.findIndex((n) => n.id === box!.id)).toBeLessThan(layout.nodes.findIndex((n) => n.id === api!.id));
  });

  it('when at the threshold, then the layout places every node (how fast: bench/)', () => {
    const index = buildInventoryIndex(inventoryFixture({ replicas: 15 })); // 300 APIs, 60 boxes, 90 resources
    const model = buildGraphModel(index, filterInventory(index, {}));
    expect(model.level).toBe('apis');
    const layout = layoutGraph(model);
    expect(layout.nodes).toHaveLength(model.nodes.length);
    expect(layout.nodes.every((n) => Number.isFinite(n.position.x) && Number.isFinite(n.position.y))).toBe(true);
  });
});
