import { describe, expect, it } from 'vitest';
import { inventoryFixture } from '@/testing/inventory-fixtures';
import { apisOf, buildInventoryIndex, findingsOf, resourcesOf } from './inventory-index';

describe('buildInventoryIndex', () => {
  const inventory = inventoryFixture();
  const index = buildInventoryIndex(inventory);

  it('when built, then every API and resource is found by its key', () => {
    expect(index.apiByKey.size).toBe(20);
    expect(index.apiByKey.get('payments-api-1@RELEASE')?.api.apiName).toBe('payments_1');
    expect(index.resourceByKey.get('backend:be-spare')?.name).toBe('spare');
  });

  it('when an API is bound, then its row names its authorization, ACLs and backend', () => {
    const row = index.apiByKey.get('payments-api-2@RELEASE');
    expect(row?.backends.map((r) => r.name)).toEqual(['payments-http']);
    expect(row?.ipControls.map((r) => r.name)).toEqual(['partners']);
    expect(row?.vpcAuthorizations).toEqual([]);
    expect(index.apiByKey.get('orders-api-1@TEST')?.vpcAuthorizations.map((r) => r.name)).toEqual(['orders-vpc']);
  });

  it('when asked either way, then both sides of a binding are listed', () => {
    expect(apisOf(index, 'ip-control:acl-partners')).toHaveLength(5);
    expect(resourcesOf(index, 'payments-api-1@RELEASE')).toEqual(['backend:be-payments', 'ip-control:acl-partners']);
    expect(apisOf(index, 'vpc-authorization:va-legacy')).toEqual([]);
  });

  it('when findings are indexed, then they are found by subject and by kind', () => {
    expect(findingsOf(index, 'orders-api-1@TEST').map((f) => f.kind)).toEqual(['unprotected-api']);
    expect(index.findingsByKind.get('unprotected-api')).toHaveLength(15);
    expect(index.apiByKey.get('payments-api-1@RELEASE')?.findings).toEqual([]);
  });

  it('when a binding is listed twice or points at nothing known, then it is one edge or none', () => {
    const twice = buildInventoryIndex({
      ...inventory,
      bindings: [...inventory.bindings, inventory.bindings[0]!, { resource: 'backend:gone', api: 'orders-api-1@TEST' }, { resource: 'backend:be-spare', api: 'gone@TEST' }],
    });
    expect(apisOf(twice, inventory.bindings[0]!.resource)).toEqual(apisOf(index, inventory.bindings[0]!.resource));
    expect(apisOf(twice, 'backend:be-spare')).toEqual([]);
    expect(resourcesOf(twice, 'orders-api-1@TEST')).toEqual(resourcesOf(index, 'orders-api-1@TEST'));
  });

  it('when groups are listed, then each is there once, by name', () => {
    expect(index.groups).toEqual([
      { id: 'grp-orders', name: 'portico_orders' },
      { id: 'grp-payments', name: 'portico_payments' },
    ]);
  });

  it('when the inventory is large, then the index holds every API (how fast: bench/)', () => {
    const large = inventoryFixture({ replicas: 500 }); // 10,000 APIs
    const big = buildInventoryIndex(large);
    expect(big.apis).toHaveLength(10_000);
  });
});
