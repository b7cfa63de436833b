import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { cloudapi, type CloudApiClient, hook, rawV1, sdkClient, sdkError } from '../../testing/alibaba.ts';
import { SEED } from './seed.ts';

const { partners, blocklist, sandbox } = SEED.ipControls;

let emulator: RunningEmulator;
let client: CloudApiClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskStepMs: 10 });
  client = sdkClient(emulator);
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await hook(emulator, 'POST', 'reset');
});

const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

async function acls(req: ConstructorParameters<typeof cloudapi.DescribeIpControlsRequest>[0] = {}) {
  const res = await client.describeIpControls(new cloudapi.DescribeIpControlsRequest({ pageSize: 100, ...req }));
  return res.body?.ipControlInfos?.ipControlInfo ?? [];
}

async function items(ipControlId: string, req: ConstructorParameters<typeof cloudapi.DescribeIpControlPolicyItemsRequest>[0] = {}) {
  const res = await client.describeIpControlPolicyItems(new cloudapi.DescribeIpControlPolicyItemsRequest({ ipControlId, pageSize: 100, ...req }));
  return res.body?.ipControlPolicyItems?.ipControlPolicyItem ?? [];
}

const add = (req: ConstructorParameters<typeof cloudapi.AddIpControlPolicyItemRequest>[0]) => client.addIpControlPolicyItem(new cloudapi.AddIpControlPolicyItemRequest(req));
const modify = (req: ConstructorParameters<typeof cloudapi.ModifyIpControlPolicyItemRequest>[0]) =>
  client.modifyIpControlPolicyItem(new cloudapi.ModifyIpControlPolicyItemRequest(req));
const remove = (req: ConstructorParameters<typeof cloudapi.RemoveIpControlPolicyItemRequest>[0]) =>
  client.removeIpControlPolicyItem(new cloudapi.RemoveIpControlPolicyItemRequest(req));

describe('DescribeIpControls', () => {
  it('when called with no filter, then it lists the seeded ACLs, newest first, with every documented field', async () => {
    const res = await client.describeIpControls(new cloudapi.DescribeIpControlsRequest({}));
    expect(res.body).toMatchObject({ totalCount: 3, pageNumber: 1, pageSize: 10 });
    const list = res.body?.ipControlInfos?.ipControlInfo ?? [];
    expect(list.map((a) => a.ipControlName)).toEqual([sandbox.name, blocklist.name, partners.name]);
    expect(list.find((a) => a.ipControlId === partners.ipControlId)).toEqual(
      expect.objectContaining({
        ipControlName: 'portico_partner_allowlist',
        ipControlType: 'ALLOW',
        description: partners.description,
        regionId: 'cn-hangzhou',
        createTime: '2026-01-08T09:00:00Z',
        modifiedTime: partners.modifiedTime,
      }),
    );
    for (const a of list) expect(a.modifiedTime).toMatch(ISO_SECONDS);
  });

  it('when filtering by type, id or name, then only matching ACLs come back; a bad type answers InvalidIpControlType', async () => {
    expect((await acls({ ipControlType: 'ALLOW' })).map((a) => a.ipControlId).sort()).toEqual([partners.ipControlId, sandbox.ipControlId].sort());
    expect((await acls({ ipControlType: 'REFUSE' })).map((a) => a.ipControlName)).toEqual([blocklist.name]);
    expect((await acls({ ipControlId: blocklist.ipControlId })).map((a) => a.ipControlName)).toEqual([blocklist.name]);
    expect((await acls({ ipControlName: 'LIST' })).map((a) => a.ipControlName)).toEqual([blocklist.name, partners.name]);
    expect(await acls({ ipControlId: '0000000000000000000000000000dead' })).toHaveLength(0);
    expect(await sdkError(client.describeIpControls(new cloudapi.DescribeIpControlsRequest({ ipControlType: 'MAYBE' })))).toMatchObject({
      code: 'InvalidIpControlType',
      statusCode: 400,
    });
  });

  it('when paging, then pages partition the list and TotalCount stays; out of range answers InvalidPageSize', async () => {
    const first = await client.describeIpControls(new cloudapi.DescribeIpControlsRequest({ pageSize: 2, pageNumber: 1 }));
    const second = await client.describeIpControls(new cloudapi.DescribeIpControlsRequest({ pageSize: 2, pageNumber: 2 }));
    expect(first.body?.ipControlInfos?.ipControlInfo).toHaveLength(2);
    expect(second.body?.ipControlInfos?.ipControlInfo).toHaveLength(1);
    expect([first.body?.totalCount, second.body?.totalCount]).toEqual([3, 3]);
    expect(await sdkError(client.describeIpControls(new cloudapi.DescribeIpControlsRequest({ pageSize: 101 })))).toMatchObject({
      code: 'InvalidPageSize',
      statusCode: 400,
    });
  });

  it('when called as a raw V1 request, then the wire names are the documented ones', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeIpControls', IpControlId: blocklist.ipControlId } });
    expect(res.status).toBe(200);
    const info = (res.json.IpControlInfos as { IpControlInfo: Record<string, unknown>[] }).IpControlInfo[0];
    expect(Object.keys(info ?? {}).sort()).toEqual(['CreateTime', 'Description', 'IpControlId', 'IpControlName', 'IpControlType', 'ModifiedTime', 'RegionId'].sort());
  });
});

describe('DescribeIpControlPolicyItems', () => {
  it('when asked for an ACL, then it lists its policies with every documented field', async () => {
    const res = await client.describeIpControlPolicyItems(new cloudapi.DescribeIpControlPolicyItemsRequest({ ipControlId: partners.ipControlId }));
    expect(res.body).toMatchObject({ totalCount: 5, pageNumber: 1, pageSize: 10 });
    const list = res.body?.ipControlPolicyItems?.ipControlPolicyItem ?? [];
    expect(list.map((i) => i.policyItemId)).toEqual(partners.policyItems.map((p) => p.policyItemId));
    expect(list[0]).toEqual(
      expect.objectContaining({ cidrIp: '203.0.113.0/24;198.51.100.10', appId: '110001', createTime: '2026-01-08T09:00:00Z', modifiedTime: '2026-01-08T09:00:00Z' }),
    );
    expect(list.map((i) => i.appId)).toEqual(['110001', '', '110003', '', '110002']);
    expect(list.find((i) => i.policyItemId === SEED.findings.wideOpenPolicyItemId)?.cidrIp).toBe('0.0.0.0/0');
    for (const i of list) expect(i.policyItemId).toMatch(/^P\d{15}$/);
  });

  it('when filtering by PolicyItemId or paging, then the right subset comes back', async () => {
    const [second] = blocklist.policyItems.slice(1);
    expect((await items(blocklist.ipControlId, { policyItemId: second?.policyItemId ?? '' })).map((i) => i.cidrIp)).toEqual(['2001:db8:bad::/48']);
    const page2 = await client.describeIpControlPolicyItems(
      new cloudapi.DescribeIpControlPolicyItemsRequest({ ipControlId: partners.ipControlId, pageSize: 2, pageNumber: 3 }),
    );
    expect(page2.body?.ipControlPolicyItems?.ipControlPolicyItem?.map((i) => i.policyItemId)).toEqual([partners.policyItems[4]?.policyItemId]);
    expect(page2.body?.totalCount).toBe(5);
  });

  it('when the ACL is unknown or missing, then it answers NotFoundIpControl / MissingIpControlId (400)', async () => {
    const unknown = await sdkError(client.describeIpControlPolicyItems(new cloudapi.DescribeIpControlPolicyItemsRequest({ ipControlId: '0000000000000000000000000000dead' })));
    expect(unknown).toMatchObject({ code: 'NotFoundIpControl', statusCode: 400 });
    expect(await sdkError(client.describeIpControlPolicyItems(new cloudapi.DescribeIpControlPolicyItemsRequest({})))).toMatchObject({
      code: 'MissingIpControlId',
      statusCode: 400,
    });
  });
});

describe('DescribeApisByIpControl', () => {
  it('when asked for the ALLOW list, then it lists the 12 published APIs it guards with every documented field', async () => {
    const res = await client.describeApisByIpControl(new cloudapi.DescribeApisByIpControlRequest({ ipControlId: partners.ipControlId, pageSize: 100 }));
    expect(res.body?.totalCount).toBe(12);
    expect(partners.boundApiCount).toBe(12);
    const infos = res.body?.apiInfos?.apiInfo ?? [];
    const balance = infos.find((i) => i.apiName === 'get_balance');
    expect(balance).toEqual(
      expect.objectContaining({
        regionId: 'cn-hangzhou',
        groupId: SEED.groups.payments.groupId,
        groupName: 'portico_payments',
        stageName: 'RELEASE',
        apiId: SEED.groups.payments.apiIds.get_balance,
        description: 'Returns the available and pending balance.',
        visibility: 'PRIVATE',
        boundTime: '2026-01-08T09:30:00Z',
      }),
    );
    expect(new Set(infos.map((i) => i.visibility))).toEqual(new Set(['PUBLIC', 'PRIVATE']));
  });

  it('when paging, then pages partition the list; the REFUSE list guards 7 and the unbound one none', async () => {
    const pages = [];
    for (const pageNumber of [1, 2]) {
      const res = await client.describeApisByIpControl(new cloudapi.DescribeApisByIpControlRequest({ ipControlId: partners.ipControlId, pageNumber }));
      pages.push(res.body?.apiInfos?.apiInfo ?? []);
    }
    expect(pages.map((p) => p.length)).toEqual([10, 2]);
    const refuse = await client.describeApisByIpControl(new cloudapi.DescribeApisByIpControlRequest({ ipControlId: blocklist.ipControlId }));
    expect(refuse.body?.totalCount).toBe(7);
    const unbound = await client.describeApisByIpControl(new cloudapi.DescribeApisByIpControlRequest({ ipControlId: sandbox.ipControlId }));
    expect(unbound.body?.totalCount).toBe(0);
  });

  it('when the ACL is unknown or missing, then it answers NotFoundIpControl / MissingIpControlId', async () => {
    const unknown = await sdkError(client.describeApisByIpControl(new cloudapi.DescribeApisByIpControlRequest({ ipControlId: 'nope' })));
    expect(unknown).toMatchObject({ code: 'NotFoundIpControl', statusCode: 400 });
    expect(await sdkError(client.describeApisByIpControl(new cloudapi.DescribeApisByIpControlRequest({})))).toMatchObject({
      code: 'MissingIpControlId',
      statusCode: 400,
    });
  });
});

describe('AddIpControlPolicyItem', () => {
  it('when IPv4 and IPv6 entries and an AppId are added to an ALLOW list, then the new policy is listed as sent', async () => {
    const res = await add({ ipControlId: partners.ipControlId, cidrIp: '203.0.113.0/24; 2001:db8::/48;198.51.100.7', appId: '1234567' });
    const policyItemId = res.body?.policyItemId ?? '';
    expect(policyItemId).toMatch(/^P\d{15}$/);
    const [listed] = await items(partners.ipControlId, { policyItemId });
    expect(listed).toMatchObject({ cidrIp: '203.0.113.0/24;2001:db8::/48;198.51.100.7', appId: '1234567' });
    expect(listed?.createTime).toMatch(ISO_SECONDS);
    expect(listed?.modifiedTime).toBe(listed?.createTime);
    const [acl] = await acls({ ipControlId: partners.ipControlId });
    expect(acl?.modifiedTime).toBe(listed?.createTime);
  });

  it('when an AppId is sent for a REFUSE list, then it is ignored and stored empty', async () => {
    const res = await add({ ipControlId: blocklist.ipControlId, cidrIp: '10.9.9.9', appId: '42' });
    const [listed] = await items(blocklist.ipControlId, { policyItemId: res.body?.policyItemId ?? '' });
    expect(listed).toMatchObject({ cidrIp: '10.9.9.9', appId: '' });
  });

  it('when 10 entries are sent, then they are accepted; 11 answer InvalidCidrIp (400) and nothing is added', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => `10.1.${i}.0/24`);
    await add({ ipControlId: sandbox.ipControlId, cidrIp: ten.join(';') });
    const error = await sdkError(add({ ipControlId: sandbox.ipControlId, cidrIp: [...ten, '10.1.10.0/24'].join(';') }));
    expect(error).toMatchObject({ code: 'InvalidCidrIp', statusCode: 400 });
    expect(String(error.data?.Message)).toMatch(/at most 10/);
    expect(await items(sandbox.ipControlId)).toHaveLength(2);
  });

  it('when an entry is malformed or its prefix out of range, then it answers InvalidCidrIp naming the entry', async () => {
    for (const [cidrIp, message] of [
      ['10.0.0.1;10.0.0.2;10.0.0.3;10.0.0.0/33', /10\.0\.0\.0\/33 has a prefix length outside 0 to 32/],
      ['2001:db8::/129', /2001:db8::\/129 has a prefix length outside 0 to 128/],
      ['10.0.0.256', /10\.0\.0\.256 is not an IPv4 or IPv6 address/],
      ['10.0.0', /10\.0\.0 is not/],
      ['010.0.0.1', /010\.0\.0\.1 is not/],
      ['2001:db8:::1', /2001:db8:::1 is not/],
      ['10.0.0.1;;10.0.0.2', /empty/],
    ] as const) {
      const error = await sdkError(add({ ipControlId: partners.ipControlId, cidrIp }));
      expect(error).toMatchObject({ code: 'InvalidCidrIp', statusCode: 400 });
      expect(String(error.data?.Message)).toMatch(message);
    }
    expect(await items(partners.ipControlId)).toHaveLength(5);
  });

  it('when CidrIp is missing or the ACL unknown, then it answers MissingCidrIp / NotFoundIpControl', async () => {
    expect(await sdkError(add({ ipControlId: partners.ipControlId }))).toMatchObject({ code: 'MissingCidrIp', statusCode: 400 });
    expect(await sdkError(add({ ipControlId: 'nope', cidrIp: '10.0.0.1' }))).toMatchObject({ code: 'NotFoundIpControl', statusCode: 400 });
  });

  it('when an ACL already holds 100 policies, then another answers IpControlPolicyItemLimitExceeded (400)', async () => {
    for (let i = 1; i < 100; i++) await add({ ipControlId: sandbox.ipControlId, cidrIp: `10.2.${i}.0/24` });
    expect(await items(sandbox.ipControlId)).toHaveLength(100);
    const error = await sdkError(add({ ipControlId: sandbox.ipControlId, cidrIp: '10.3.0.0/24' }));
    expect(error).toMatchObject({ code: 'IpControlPolicyItemLimitExceeded', statusCode: 400 });
  });
});

describe('ModifyIpControlPolicyItem', () => {
  it('when a policy is modified, then its content is fully replaced and an absent AppId clears it', async () => {
    const [first] = partners.policyItems;
    const id = first?.policyItemId ?? '';
    await modify({ ipControlId: partners.ipControlId, policyItemId: id, cidrIp: '192.0.2.1;2001:db8::1', appId: '777' });
    expect((await items(partners.ipControlId, { policyItemId: id }))[0]).toMatchObject({ cidrIp: '192.0.2.1;2001:db8::1', appId: '777' });
    await modify({ ipControlId: partners.ipControlId, policyItemId: id, cidrIp: '192.0.2.2' });
    const [after] = await items(partners.ipControlId, { policyItemId: id });
    expect(after).toMatchObject({ cidrIp: '192.0.2.2', appId: '', createTime: first?.createdTime });
    expect(after?.modifiedTime).not.toBe(first?.modifiedTime);
  });

  it('when the list is REFUSE, then an AppId is ignored', async () => {
    const id = blocklist.policyItems[0]?.policyItemId ?? '';
    await modify({ ipControlId: blocklist.ipControlId, policyItemId: id, cidrIp: '45.33.32.156', appId: '42' });
    expect((await items(blocklist.ipControlId, { policyItemId: id }))[0]).toMatchObject({ cidrIp: '45.33.32.156', appId: '' });
  });

  it('when the policy is unknown or the entries bad, then NotFoundPolicyItem / InvalidCidrIp and nothing changes', async () => {
    const unknown = await sdkError(modify({ ipControlId: partners.ipControlId, policyItemId: 'P000000000000000', cidrIp: '10.0.0.1' }));
    expect(unknown).toMatchObject({ code: 'NotFoundPolicyItem', statusCode: 400 });
    const elsewhere = await sdkError(modify({ ipControlId: partners.ipControlId, policyItemId: blocklist.policyItems[0]?.policyItemId ?? '', cidrIp: '10.0.0.1' }));
    expect(elsewhere.code).toBe('NotFoundPolicyItem');
    const id = partners.policyItems[1]?.policyItemId ?? '';
    expect(await sdkError(modify({ ipControlId: partners.ipControlId, policyItemId: id, cidrIp: '1.2.3.4/40' }))).toMatchObject({ code: 'InvalidCidrIp' });
    expect((await items(partners.ipControlId, { policyItemId: id }))[0]?.cidrIp).toBe(partners.policyItems[1]?.cidrIp);
    expect(await sdkError(modify({ ipControlId: partners.ipControlId, cidrIp: '10.0.0.1' }))).toMatchObject({ code: 'MissingPolicyItemId' });
  });
});

describe('RemoveIpControlPolicyItem', () => {
  it('when several ids are sent separated by semicolons, then all are removed', async () => {
    const [a, b] = partners.policyItems;
    await remove({ ipControlId: partners.ipControlId, policyItemIds: `${a?.policyItemId};${b?.policyItemId}` });
    const left = await items(partners.ipControlId);
    expect(left.map((i) => i.policyItemId)).toEqual(partners.policyItems.slice(2).map((p) => p.policyItemId));
  });

  it('when one id is unknown, then it answers NotFoundPolicyItem and removes none', async () => {
    const [a] = partners.policyItems;
    const error = await sdkError(remove({ ipControlId: partners.ipControlId, policyItemIds: `${a?.policyItemId};P000000000000000` }));
    expect(error).toMatchObject({ code: 'NotFoundPolicyItem', statusCode: 400 });
    expect(await items(partners.ipControlId)).toHaveLength(5);
  });

  it('when more than 100 ids or none are sent, then InvalidPolicyItemIds / MissingPolicyItemIds', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `P1000000000000${String(i).padStart(2, '0')}`).join(';');
    expect(await sdkError(remove({ ipControlId: partners.ipControlId, policyItemIds: many }))).toMatchObject({ code: 'InvalidPolicyItemIds', statusCode: 400 });
    expect(await sdkError(remove({ ipControlId: partners.ipControlId }))).toMatchObject({ code: 'MissingPolicyItemIds', statusCode: 400 });
    expect(await sdkError(remove({ ipControlId: 'nope', policyItemIds: 'P1' }))).toMatchObject({ code: 'NotFoundIpControl' });
  });
});
