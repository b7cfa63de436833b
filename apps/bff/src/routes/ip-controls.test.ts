import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditList, RevertResult } from '@portico/contracts/audit';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { IpControlDetail, IpControlList, PolicyItemChanged, type IpControlListItem } from '@portico/contracts/ip-controls';
import { startHarness, type Harness } from '../testing/harness.ts';
import type { ApiClient } from '../testing/client.ts';

let h: Harness;
let operator: ApiClient;
beforeAll(async () => {
  h = await startHarness();
  operator = await h.signedInAs('operator');
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.emulatorHook('POST', '/__emulator/reset');
});

const errorOf = (body: unknown) => ErrorEnvelope.parse(body).error;
const calls = async (operation: string) => ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls[operation] ?? 0;

async function aclOfType(type: 'ALLOW' | 'REFUSE'): Promise<IpControlListItem> {
  const list = IpControlList.parse((await operator.request('GET', `/api/ip-controls?type=${type}&pageSize=100`)).body);
  const found = list.items.filter((i) => (i.boundApiCount ?? 0) > 0).sort((a, b) => (b.policyItemCount ?? 0) - (a.policyItemCount ?? 0))[0];
  if (!found) throw new Error(`no seeded ${type} list with bound APIs`);
  return found;
}

const detailOf = async (id: string) => IpControlDetail.parse((await operator.request('GET', `/api/ip-controls/${id}`)).body);

describe('ACL listing', () => {
  it('when listed, then each ACL has its type, item count and bound-API count; filtering by type works', async () => {
    const all = IpControlList.parse((await operator.request('GET', '/api/ip-controls?pageSize=100')).body);
    expect(new Set(all.items.map((i) => i.type))).toEqual(new Set(['ALLOW', 'REFUSE']));
    expect(all.items.every((i) => typeof i.policyItemCount === 'number' && typeof i.boundApiCount === 'number')).toBe(true);
    const refuse = IpControlList.parse((await operator.request('GET', '/api/ip-controls?type=REFUSE')).body);
    expect(refuse.items.every((i) => i.type === 'REFUSE')).toBe(true);
    expect((await operator.request('GET', '/api/ip-controls?type=MAYBE')).status).toBe(400);
  });

  it('when one is opened, then its policy items (as lists) and the APIs it guards come back', async () => {
    const allow = await aclOfType('ALLOW');
    const detail = await detailOf(allow.id);
    expect(detail.policyItems).toHaveLength(allow.policyItemCount ?? -1);
    expect(detail.boundApis).toHaveLength(allow.boundApiCount ?? -1);
    expect(detail.policyItems.every((p) => Array.isArray(p.cidrs) && p.cidrs.length > 0)).toBe(true);
  });

  it('when the id is unknown or malformed, then 404 or 400', async () => {
    expect((await operator.request('GET', '/api/ip-controls/0000000000000000000000000000dead')).status).toBe(404);
    expect((await operator.request('GET', '/api/ip-controls/..%2F..%2Fetc')).status).toBe(400);
  });
});

describe('policy items', () => {
  it('when an item is added, modified and removed, then the cloud shows each change and each is audited', async () => {
    const allow = await aclOfType('ALLOW');
    const added = await operator.request('POST', `/api/ip-controls/${allow.id}/policy-items`, { cidrs: ['203.0.113.0/24', '2001:db8::/48'], appId: '1234567' });
    expect(added.status).toBe(201);
    const { policyItem, affectedApiCount } = PolicyItemChanged.parse(added.body);
    expect(affectedApiCount).toBe(allow.boundApiCount);
    expect((await detailOf(allow.id)).policyItems.find((p) => p.id === policyItem.id)).toMatchObject({ cidrs: ['203.0.113.0/24', '2001:db8::/48'], appId: '1234567' });

    const modified = await operator.request('PUT', `/api/ip-controls/${allow.id}/policy-items/${policyItem.id}`, { cidrs: ['198.51.100.7'] });
    expect(modified.status).toBe(200);
    expect((await detailOf(allow.id)).policyItems.find((p) => p.id === policyItem.id)?.cidrs).toEqual(['198.51.100.7']);

    const removed = await operator.request('DELETE', `/api/ip-controls/${allow.id}/policy-items/${policyItem.id}`);
    expect(removed.status).toBe(200);
    expect((await detailOf(allow.id)).policyItems.some((p) => p.id === policyItem.id)).toBe(false);

    const events = AuditList.parse((await operator.request('GET', '/api/audit?resourceType=ip-control')).body).items;
    expect(events.slice(0, 3).map((e) => e.operation)).toEqual(['RemoveIpControlPolicyItem', 'ModifyIpControlPolicyItem', 'AddIpControlPolicyItem']);
    expect(events[1]).toMatchObject({ before: { cidrs: ['203.0.113.0/24', '2001:db8::/48'] }, after: { cidrs: ['198.51.100.7'] }, result: 'succeeded' });
    expect(events[2]?.target).toContain(policyItem.id);
  });

  it('when 11 entries or a bad block are sent, then 400 names the entries and the cloud is never called', async () => {
    const allow = await aclOfType('ALLOW');
    const before = await calls('AddIpControlPolicyItem');
    const eleven = Array.from({ length: 11 }, (_, i) => `10.1.${i}.0/24`);
    const tooMany = await operator.request('POST', `/api/ip-controls/${allow.id}/policy-items`, { cidrs: eleven });
    expect(tooMany.status).toBe(400);
    expect(errorOf(tooMany.body).fields).toEqual({ cidrs: 'may hold at most 10 IP addresses or CIDR blocks' });
    const bad = await operator.request('POST', `/api/ip-controls/${allow.id}/policy-items`, { cidrs: ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.0/33'] });
    expect(errorOf(bad.body).fields).toEqual({ 'cidrs.3': '10.0.0.0/33 is not a valid CIDR block' });
    const dup = await operator.request('POST', `/api/ip-controls/${allow.id}/policy-items`, { cidrs: ['10.0.0.0/24', '10.0.0.0/24'] });
    expect(errorOf(dup.body).fields?.['cidrs.1']).toMatch(/repeats entry 1/);
    expect(await calls('AddIpControlPolicyItem')).toBe(before);
  });

  it('when an AppId is sent for a REFUSE list, then 400 explains it and the cloud is not called', async () => {
    const refuse = await aclOfType('REFUSE');
    const before = await calls('AddIpControlPolicyItem');
    const response = await operator.request('POST', `/api/ip-controls/${refuse.id}/policy-items`, { cidrs: ['10.9.9.9'], appId: '42' });
    expect(response.status).toBe(400);
    expect(errorOf(response.body).fields?.appId).toMatch(/only applies to ALLOW/);
    expect(await calls('AddIpControlPolicyItem')).toBe(before);
    expect((await operator.request('POST', `/api/ip-controls/${refuse.id}/policy-items`, { cidrs: ['10.9.9.9'] })).status).toBe(201);
  });

  it('when the item does not exist, then 404', async () => {
    const allow = await aclOfType('ALLOW');
    expect((await operator.request('PUT', `/api/ip-controls/${allow.id}/policy-items/P000000000000000`, { cidrs: ['10.0.0.1'] })).status).toBe(404);
  });

  it('when a modification is reverted from the audit log, then the old entries come back', async () => {
    const allow = await aclOfType('ALLOW');
    const [item] = (await detailOf(allow.id)).policyItems;
    await operator.request('PUT', `/api/ip-controls/${allow.id}/policy-items/${item!.id}`, { cidrs: ['192.0.2.1'] });
    const [event] = AuditList.parse((await operator.request('GET', '/api/audit?resourceType=ip-control')).body).items;
    const reverted = await operator.request('POST', `/api/audit/${event!.id}/revert`, {});
    expect(reverted.status).toBe(200);
    RevertResult.parse(reverted.body);
    expect((await detailOf(allow.id)).policyItems.find((p) => p.id === item!.id)?.cidrs.sort()).toEqual([...item!.cidrs].sort());
  });

  it('when a viewer tries to add an item, then 403', async () => {
    const viewer = await h.signedInAs('viewer');
    const allow = await aclOfType('ALLOW');
    expect((await viewer.request('POST', `/api/ip-controls/${allow.id}/policy-items`, { cidrs: ['10.0.0.1'] })).status).toBe(403);
  });
});
