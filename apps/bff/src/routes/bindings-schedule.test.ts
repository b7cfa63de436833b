import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddIpControlPolicyItemRequest } from '@alicloud/cloudapi20160714';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { sdkClient } from '@portico/cloud-emulator/testing/alibaba';
import { AuditList } from '@portico/contracts/audit';
import { Inventory } from '@portico/contracts/bindings';
import { routes } from '@portico/contracts/routes';
import { quickInventoryOptions } from '../testing/quick.ts';
import { startHarness, type Harness } from '../testing/harness.ts';
import { buildInventory } from '../testing/inventory.ts';

const EVERY_MS = 1_500;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ bff: { inventory: { ...quickInventoryOptions, refreshEveryMs: EVERY_MS } } });
  expect((await buildInventory(h.admin)).at(-1)?.status).toBe('completed');
});
afterAll(() => h.close());

const latest = async () => Inventory.parse((await h.admin.request('GET', routes.getInventory.path)).body);

describe('the scheduled refresh', () => {
  it('when the period passes, then the inventory is built again without asking, one build per period, and says how often', async () => {
    const first = await latest();
    expect(first.refreshEveryMs).toBe(EVERY_MS);
    // When each build started: its end ("as of") less its duration.
    const startOf = (i: Inventory) => new Date(i.asOf).getTime() - i.durationMs;
    const seen = new Set([startOf(first)]);
    const started = Date.now();
    while (seen.size < 3 && Date.now() - started < 15_000) {
      seen.add(startOf(await latest()));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const times = [...seen].sort((a, b) => a - b);
    expect(times.length).toBeGreaterThanOrEqual(3);
    // Never two builds inside one period.
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(EVERY_MS - 200);
  });

  it('when the cloud is changed with the SDK, then a scheduled refresh records it as made outside Portico', async () => {
    const { blocklist } = SEED.ipControls;
    await sdkClient(h.emulator).addIpControlPolicyItem(new AddIpControlPolicyItemRequest({ ipControlId: blocklist.ipControlId, cidrIp: '198.51.100.77' }));
    const started = Date.now();
    let items: AuditList['items'] = [];
    while (items.length === 0 && Date.now() - started < 15_000) {
      items = AuditList.parse((await h.admin.request('GET', `${routes.listAudit.path}?category=outside`)).body).items;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(items.map((e) => e.operation)).toEqual(['ChangedOutsidePortico']);
    expect(items[0]!.target).toContain(blocklist.name);
  });
});
