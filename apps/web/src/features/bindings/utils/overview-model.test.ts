import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { inventoryFixture } from '@/testing/inventory-fixtures';
import { filterInventory } from './filters';
import { buildInventoryIndex } from './inventory-index';
import { layoutOverview } from './overview-layout';
import { buildOverviewModel, groupClusterId, kindClusterId, neighbourhood, stageCardId } from './overview-model';

const closed = { expanded: new Set<string>(), groups: 8 };

describe('buildOverviewModel', () => {
  it('when nothing is opened, then it is one card per resource kind and per group, with counts, whatever the size', () => {
    const index = buildInventoryIndex(inventoryFixture({ replicas: 1, apisPerGroup: 2_500 }));
    const filtered = filterInventory(index, {});
    expect(filtered.apis.length).toBe(10_000);
    const model = buildOverviewModel(index, filtered, closed);
    expect(model.nodes.length).toBeLessThanOrEqual(4 + 8 + 1);
    const group = model.nodes.find((n) => n.id === groupClusterId('grp-payments'));
    expect(group?.data).toMatchObject({ type: 'group-cluster', apiCount: 5_000, stageCount: 2 });
    const acls = model.nodes.find((n) => n.id === kindClusterId('ip-control'));
    expect(acls?.data).toMatchObject({ type: 'kind-cluster', count: 1 });
    // Every binding is counted once, on the edge between its clusters.
    const bindings = filtered.apis.reduce((n, row) => n + (index.resourcesByApi.get(row.key)?.length ?? 0), 0);
    expect(model.edges.reduce((n, e) => n + e.count, 0)).toBe(bindings);
  });

  it('when a group and a kind are opened, then the group holds a card per stage and the kind its resources, and edges go to them', () => {
    const index = buildInventoryIndex(inventoryFixture());
    const expanded = new Set([groupClusterId('grp-payments'), kindClusterId('ip-control')]);
    const model = buildOverviewModel(index, filterInventory(index, {}), { expanded, groups: 8 });
    const stages = model.nodes.filter((n) => n.parent === groupClusterId('grp-payments'));
    expect(stages.map((n) => n.id).sort()).toEqual([stageCardId('grp-payments', 'RELEASE'), stageCardId('grp-payments', 'TEST')]);
    expect(model.nodes.filter((n) => n.parent === kindClusterId('ip-control')).map((n) => n.id)).toEqual(['ip-control:acl-partners']);
    expect(model.edges.find((e) => e.source === 'ip-control:acl-partners')).toMatchObject({ target: stageCardId('grp-payments', 'RELEASE'), count: 5 });
  });

  it('when there are more groups than drawn, then the rest is one "more groups" card with their APIs', () => {
    const index = buildInventoryIndex(inventoryFixture());
    const model = buildOverviewModel(index, filterInventory(index, {}), { expanded: new Set(), groups: 1 });
    expect(model.nodes.find((n) => n.id === 'more:groups')?.data).toMatchObject({ type: 'more', of: 'groups', count: 1, apiCount: 10 });
  });

  it('when focused on a resource, then its neighbourhood is its APIs and what else they hang on', () => {
    const index = buildInventoryIndex(inventoryFixture());
    const around = neighbourhood(index, 'ip-control:acl-partners');
    expect(around.apis).toHaveLength(5);
    expect(around.resources.map((r) => r.key)).toContain('ip-control:acl-partners');
    expect(around.resources.length).toBeGreaterThan(1);
  });
});

describe('layoutOverview', () => {
  it('when laid out by ELK, then resources are left of groups, cards sit inside their opened cluster, and nothing overlaps', async () => {
    const index = buildInventoryIndex(inventoryFixture());
    const expanded = new Set([groupClusterId('grp-orders')]);
    const model = buildOverviewModel(index, filterInventory(index, {}), { expanded, groups: 8 });
    const layout = await layoutOverview(model, new ELK());
    const top = layout.nodes.filter((n) => n.parentId === undefined);
    const kinds = top.filter((n) => n.data.type === 'kind-cluster');
    const groups = top.filter((n) => n.data.type === 'group-cluster');
    expect(Math.max(...kinds.map((n) => n.position.x))).toBeLessThan(Math.min(...groups.map((n) => n.position.x)));
    const box = layout.nodes.find((n) => n.id === groupClusterId('grp-orders'))!;
    expect(box.type).toBe('box');
    for (const card of layout.nodes.filter((n) => n.parentId === box.id)) {
      expect(card.position.x).toBeGreaterThanOrEqual(0);
      expect(card.position.y + card.height!).toBeLessThanOrEqual(box.height!);
    }
    const overlaps = top.some((a) =>
      top.some(
        (b) =>
          a !== b &&
          a.position.x < b.position.x + b.width! &&
          b.position.x < a.position.x + a.width! &&
          a.position.y < b.position.y + b.height! &&
          b.position.y < a.position.y + a.height!,
      ),
    );
    expect(overlaps).toBe(false);
  });
});
