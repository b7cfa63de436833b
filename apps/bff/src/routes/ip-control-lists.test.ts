import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditList } from '@portico/contracts/audit';
import { ErrorEnvelope } from '@portico/contracts/errors';
import { ApiGroupList, BindableApis, CreatedIpControl, IpControlApisChanged, IpControlDetail, IpControlList, ModifiedIpControl } from '@portico/contracts/ip-controls';
import { startHarness, type Harness } from '../testing/harness.ts';
import type { ApiClient } from '../testing/client.ts';

let h: Harness;
let operator: ApiClient;
let viewer: ApiClient;
beforeAll(async () => {
  h = await startHarness();
  operator = await h.signedInAs('operator');
  viewer = await h.signedInAs('viewer');
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.emulatorHook('POST', '/__emulator/reset');
});

const errorOf = (body: unknown) => ErrorEnvelope.parse(body).error;
const calls = async (operation: string) => ((await h.emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls[operation] ?? 0;
const detailOf = async (id: string) => IpControlDetail.parse((await operator.request('GET', `/api/ip-controls/${id}`)).body);

async function createAcl(body: unknown = { name: 'office_egress', type: 'ALLOW', description: 'Office', policyItems: [{ cidrs: ['10.0.0.0/8'], appId: '42' }] }) {
  const res = await operator.request('POST', '/api/ip-controls', body);
  expect(res.status).toBe(201);
  return CreatedIpControl.parse(res.body).ipControl;
}

async function paymentsRelease() {
  const groups = ApiGroupList.parse((await operator.request('GET', '/api/api-groups')).body).groups;
  const payments = groups.find((g) => g.name === 'portico_payments');
  if (!payments) throw new Error('no seeded payments group');
  return payments;
}

describe('ACL create, rename, delete', () => {
  it('when an ACL is created with a policy item, then it is listed, holds the item, and the creation is audited with its id', async () => {
    const created = await createAcl();
    expect(created).toMatchObject({ name: 'office_egress', type: 'ALLOW', description: 'Office' });
    const detail = await detailOf(created.id);
    expect(detail.policyItems.map((p) => [p.cidrs, p.appId])).toEqual([[['10.0.0.0/8'], '42']]);
    const list = IpControlList.parse((await operator.request('GET', '/api/ip-controls?search=office')).body);
    expect(list.items.map((i) => i.id)).toEqual([created.id]);
    const audit = AuditList.parse((await operator.request('GET', '/api/audit?operation=CreateIpControl')).body);
    expect(audit.items[0]).toMatchObject({ operation: 'CreateIpControl', target: 'office_egress', result: 'succeeded' });
    expect(audit.items[0]?.after).toMatchObject({ ipControlId: created.id, type: 'ALLOW' });
  });

  it('when the name breaks the cloud rule or an AppId is given to a REFUSE list, then 400 names the field and the cloud is never called', async () => {
    const before = await calls('CreateIpControl');
    const emoji = await operator.request('POST', '/api/ip-controls', { name: '😀 emoji name', type: 'ALLOW' });
    expect(emoji.status).toBe(400);
    expect(errorOf(emoji.body).fields?.name).toMatch(/letters, Chinese characters, digits and underscores/);
    const short = await operator.request('POST', '/api/ip-controls', { name: 'ab', type: 'ALLOW' });
    expect(errorOf(short.body).fields?.name).toMatch(/at least 4/);
    const underscore = await operator.request('POST', '/api/ip-controls', { name: '_hidden', type: 'ALLOW' });
    expect(errorOf(underscore.body).fields?.name).toMatch(/underscore/);
    const refuse = await operator.request('POST', '/api/ip-controls', { name: 'blocked_list', type: 'REFUSE', policyItems: [{ cidrs: ['1.2.3.4'], appId: '7' }] });
    expect(refuse.status).toBe(400);
    expect(errorOf(refuse.body).fields?.['policyItems.0.appId']).toMatch(/only applies to ALLOW/);
    const longDescription = await operator.request('POST', '/api/ip-controls', { name: 'long_text', type: 'ALLOW', description: 'x'.repeat(201) });
    expect(errorOf(longDescription.body).fields?.description).toMatch(/200/);
    expect(await calls('CreateIpControl')).toBe(before);
  });

  it('when renamed, then the new name and description show and the change is audited before and after', async () => {
    const created = await createAcl();
    const res = await operator.request('PUT', `/api/ip-controls/${created.id}`, { name: 'office_egress_v2', description: '' });
    expect(res.status).toBe(200);
    expect(ModifiedIpControl.parse(res.body).ipControl).toMatchObject({ name: 'office_egress_v2' });
    expect((await detailOf(created.id)).ipControl.name).toBe('office_egress_v2');
    const audit = AuditList.parse((await operator.request('GET', '/api/audit?operation=ModifyIpControl')).body);
    expect(audit.items[0]).toMatchObject({ before: { name: 'office_egress' }, after: { name: 'office_egress_v2' } });
  });

  it('when an ACL still guards APIs, then the delete is refused with 409 naming the count, and the cloud is never asked to delete', async () => {
    const list = IpControlList.parse((await operator.request('GET', '/api/ip-controls?pageSize=100')).body);
    const bound = list.items.find((i) => (i.boundApiCount ?? 0) > 0);
    if (!bound) throw new Error('no bound ACL in the seed');
    const before = await calls('DeleteIpControl');
    const res = await operator.request('DELETE', `/api/ip-controls/${bound.id}`);
    expect(res.status).toBe(409);
    expect(errorOf(res.body).message).toContain(`still guards ${bound.boundApiCount} published APIs`);
    expect(await calls('DeleteIpControl')).toBe(before);
  });

  it('when an unbound ACL is deleted, then it is gone and the audit keeps its policy items', async () => {
    const created = await createAcl();
    const res = await operator.request('DELETE', `/api/ip-controls/${created.id}`);
    expect(res.status).toBe(200);
    expect((await operator.request('GET', `/api/ip-controls/${created.id}`)).status).toBe(404);
    const audit = AuditList.parse((await operator.request('GET', '/api/audit?operation=DeleteIpControl')).body);
    expect(audit.items[0]?.before).toMatchObject({ name: 'office_egress', policyItems: [{ cidrs: ['10.0.0.0/8'] }] });
  });

  it('when a viewer tries to create or delete, then 403', async () => {
    expect((await viewer.request('POST', '/api/ip-controls', { name: 'viewer_list', type: 'ALLOW' })).status).toBe(403);
  });
});

describe('which APIs an ACL guards', () => {
  it('when APIs are bound in a stage and then removed, then the detail shows them, each step is audited, and the ACL can then be deleted', async () => {
    const created = await createAcl();
    const group = await paymentsRelease();
    const bindable = BindableApis.parse((await operator.request('GET', `/api/ip-controls/${created.id}/bindable-apis?groupId=${group.id}&stageName=TEST`)).body);
    expect(bindable.apis.length).toBeGreaterThan(1);
    const apiIds = bindable.apis.slice(0, 2).map((a) => a.apiId);
    const bound = await operator.request('POST', `/api/ip-controls/${created.id}/apis`, { groupId: group.id, stageName: 'TEST', apiIds });
    expect(bound.status).toBe(200);
    expect(
      IpControlApisChanged.parse(bound.body)
        .boundApis.map((a) => a.apiId)
        .sort(),
    ).toEqual([...apiIds].sort());
    const again = BindableApis.parse((await operator.request('GET', `/api/ip-controls/${created.id}/bindable-apis?groupId=${group.id}&stageName=TEST`)).body);
    expect(
      again.apis
        .filter((a) => a.ipControlId === created.id)
        .map((a) => a.apiId)
        .sort(),
    ).toEqual([...apiIds].sort());

    expect((await operator.request('DELETE', `/api/ip-controls/${created.id}`)).status).toBe(409);
    const removed = await operator.request('POST', `/api/ip-controls/${created.id}/apis/remove`, { groupId: group.id, stageName: 'TEST', apiIds });
    expect(IpControlApisChanged.parse(removed.body).boundApis).toEqual([]);
    expect((await operator.request('DELETE', `/api/ip-controls/${created.id}`)).status).toBe(200);

    const audit = AuditList.parse((await operator.request('GET', '/api/audit?resourceType=ip-control&pageSize=10')).body);
    const ops = audit.items.map((e) => e.operation);
    expect(ops).toEqual(expect.arrayContaining(['SetIpControlApis', 'RemoveIpControlApis', 'DeleteIpControl', 'CreateIpControl']));
    const set = audit.items.find((e) => e.operation === 'SetIpControlApis');
    expect(set).toMatchObject({ target: 'office_egress@TEST', before: { apiIds: [] }, after: { apiIds } });
  });

  it('when an API guarded by another ACL is bound, then the audit records which list guarded it before', async () => {
    const created = await createAcl();
    const group = await paymentsRelease();
    const bindable = BindableApis.parse((await operator.request('GET', `/api/ip-controls/${created.id}/bindable-apis?groupId=${group.id}&stageName=RELEASE`)).body);
    const guarded = bindable.apis.find((a) => a.ipControlId && a.ipControlId !== created.id);
    if (!guarded) throw new Error('no guarded API in payments RELEASE');
    await operator.request('POST', `/api/ip-controls/${created.id}/apis`, { groupId: group.id, stageName: 'RELEASE', apiIds: [guarded.apiId] });
    const audit = AuditList.parse((await operator.request('GET', '/api/audit?operation=SetIpControlApis')).body);
    expect(audit.items[0]?.before).toMatchObject({ guardedByOthers: [{ apiId: guarded.apiId, ipControlId: guarded.ipControlId }] });
  });

  it('when the body is wrong (no APIs, over 100, a bad stage, twice the same id), then 400 with field messages and no cloud call', async () => {
    const created = await createAcl();
    const group = await paymentsRelease();
    const before = await calls('SetIpControlApis');
    const cases = [
      [{ groupId: group.id, stageName: 'TEST', apiIds: [] }, 'apiIds'],
      [{ groupId: group.id, stageName: 'TEST', apiIds: Array.from({ length: 101 }, (_, i) => `api${i}`) }, 'apiIds'],
      [{ groupId: group.id, stageName: 'STAGING', apiIds: ['a1'] }, 'stageName'],
      [{ groupId: group.id, stageName: 'TEST', apiIds: ['a1', 'a1'] }, 'apiIds'],
    ] as const;
    for (const [body, field] of cases) {
      const res = await operator.request('POST', `/api/ip-controls/${created.id}/apis`, body);
      expect(res.status).toBe(400);
      expect(Object.keys(errorOf(res.body).fields ?? {})).toContain(field);
    }
    expect(await calls('SetIpControlApis')).toBe(before);
  });
});
