import { describe, expect, it } from 'vitest';
import { inventoryFixture } from '@/testing/inventory-fixtures';
import { filterInventory, readBindingFilters, withFilters, withoutFilters } from './filters';
import { buildInventoryIndex } from './inventory-index';

const index = buildInventoryIndex(inventoryFixture());
const names = (resources: { name: string }[]) => resources.map((r) => r.name).sort();

describe('readBindingFilters', () => {
  it('when the URL holds valid filters, then they are read', () => {
    const params = new URLSearchParams('cloud=huawei&type=backend&group=grp-orders&stage=RELEASE&finding=unused-backend&api=a%40TEST');
    expect(readBindingFilters(params)).toEqual({ cloud: 'huawei', type: 'backend', group: 'grp-orders', stage: 'RELEASE', finding: 'unused-backend', api: 'a@TEST' });
  });

  it('when a value is not one the filter knows, then that filter is left out', () => {
    expect(readBindingFilters(new URLSearchParams('cloud=aws&stage=prod&finding=nope&type=&group=%20'))).toEqual({});
  });
});

describe('withFilters / withoutFilters', () => {
  it('when a filter is set or emptied, then only that key changes', () => {
    const params = new URLSearchParams('stage=TEST&tab=resources');
    expect(withFilters(params, { finding: 'unprotected-api', stage: undefined }).toString()).toBe('tab=resources&finding=unprotected-api');
    expect(withoutFilters(new URLSearchParams('stage=TEST&api=x&tab=resources')).toString()).toBe('tab=resources');
  });
});

describe('filterInventory', () => {
  it('when nothing is filtered, then everything is kept', () => {
    const all = filterInventory(index, {});
    expect(all.apis).toHaveLength(20);
    expect(all.resources).toHaveLength(6);
  });

  it('when filtered by stage, then only that stage and the resources bound to it are kept', () => {
    const release = filterInventory(index, { stage: 'RELEASE' });
    expect(release.apis.every((row) => row.stage === 'RELEASE')).toBe(true);
    expect(release.apis).toHaveLength(10);
    expect(names(release.resources)).toEqual(['orders-vpc', 'partners', 'payments-http']);
  });

  it('when filtered by group, then its APIs and their resources are kept', () => {
    const orders = filterInventory(index, { group: 'grp-orders' });
    expect(orders.apis.every((row) => row.api.groupName === 'portico_orders')).toBe(true);
    expect(names(orders.resources)).toEqual(['orders-vpc']);
  });

  it('when filtered by resource type, then those resources and the APIs they reach are kept', () => {
    const acls = filterInventory(index, { type: 'ip-control' });
    expect(names(acls.resources)).toEqual(['partners']);
    expect(acls.apis.map((row) => row.key).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `payments-api-${n}@RELEASE`));
  });

  it('when filtered by cloud, then Huawei keeps its endpoint services and no API', () => {
    const huawei = filterInventory(index, { cloud: 'huawei' });
    expect(huawei.apis).toEqual([]);
    expect(names(huawei.resources)).toEqual(['edge-svc']);
    const alibaba = filterInventory(index, { cloud: 'alibaba' });
    expect(alibaba.apis).toHaveLength(20);
    expect(alibaba.resources).toHaveLength(5);
  });

  it('when filtered by an API finding, then those APIs and what they hang on are kept', () => {
    const unprotected = filterInventory(index, { finding: 'unprotected-api' });
    expect(unprotected.apis).toHaveLength(15);
    expect(unprotected.apis.some((row) => row.key === 'payments-api-1@RELEASE')).toBe(false);
    expect(names(unprotected.resources)).toEqual(['orders-vpc', 'payments-http']);
  });

  it('when filtered by a resource finding, then that resource and the APIs it reaches are kept', () => {
    const wide = filterInventory(index, { finding: 'wide-acl-entry' });
    expect(names(wide.resources)).toEqual(['partners']);
    expect(wide.apis).toHaveLength(5);
    const unused = filterInventory(index, { finding: 'unused-authorization' });
    expect(names(unused.resources)).toEqual(['legacy-vpc']);
    expect(unused.apis).toEqual([]);
  });

  it('when filters combine, then each narrows the other', () => {
    const result = filterInventory(index, { stage: 'TEST', finding: 'unprotected-api', group: 'grp-payments' });
    expect(result.apis).toHaveLength(5);
    expect(names(result.resources)).toEqual(['payments-http']);
    expect(filterInventory(index, { api: 'orders-api-3@TEST' }).resources.map((r) => r.name)).toEqual(['orders-vpc']);
  });

  // How fast is measured in bench/, not asserted here: a timed test fails on a busy machine.
  it('when the inventory has 10,000 APIs, then a stage and finding filter keeps exactly the matching ones', () => {
    const big = buildInventoryIndex(inventoryFixture({ replicas: 500 }));
    const result = filterInventory(big, { stage: 'RELEASE', finding: 'unprotected-api' });
    expect(result.apis).toHaveLength(2_500);
    expect(result.apis.every((row) => row.stage === 'RELEASE')).toBe(true);
  });
});
