import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { cloudapi, type CloudApiClient, hook, sdkClient, sdkError } from '../../testing/alibaba.ts';
import { SEED } from './seed.ts';

const { partners, blocklist, sandbox } = SEED.ipControls;
const { payments, identity } = SEED.groups;

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

type CreateReq = ConstructorParameters<typeof cloudapi.CreateIpControlRequest>[0];

const create = (req: CreateReq) => client.createIpControl(new cloudapi.CreateIpControlRequest(req));
const modify = (req: ConstructorParameters<typeof cloudapi.ModifyIpControlRequest>[0]) => client.modifyIpControl(new cloudapi.ModifyIpControlRequest(req));
const remove = (ipControlId: string) => client.deleteIpControl(new cloudapi.DeleteIpControlRequest({ ipControlId }));
const bind = (req: ConstructorParameters<typeof cloudapi.SetIpControlApisRequest>[0]) => client.setIpControlApis(new cloudapi.SetIpControlApisRequest(req));
const unbind = (req: ConstructorParameters<typeof cloudapi.RemoveIpControlApisRequest>[0]) => client.removeIpControlApis(new cloudapi.RemoveIpControlApisRequest(req));

async function acl(ipControlId: string) {
  const res = await client.describeIpControls(new cloudapi.DescribeIpControlsRequest({ ipControlId }));
  return res.body?.ipControlInfos?.ipControlInfo?.[0];
}

async function policies(ipControlId: string) {
  const res = await client.describeIpControlPolicyItems(new cloudapi.DescribeIpControlPolicyItemsRequest({ ipControlId, pageSize: 100 }));
  return res.body?.ipControlPolicyItems?.ipControlPolicyItem ?? [];
}

async function guarded(ipControlId: string) {
  const res = await client.describeApisByIpControl(new cloudapi.DescribeApisByIpControlRequest({ ipControlId, pageSize: 100 }));
  return (res.body?.apiInfos?.apiInfo ?? []).map((a) => `${a.stageName}:${a.apiId}`).sort();
}

const policy = (cidrIp: string, appId?: string) => new cloudapi.CreateIpControlRequestIpControlPolicys(appId === undefined ? { cidrIp } : { cidrIp, appId });
const apiId = (name: string) => payments.apiIds[name] ?? '';

describe('CreateIpControl', () => {
  it('when created with policies, then DescribeIpControls lists it and its policies are kept in order (AppId only for ALLOW)', async () => {
    const res = await create({
      ipControlName: 'office_allow',
      ipControlType: 'ALLOW',
      description: 'Office egress',
      ipControlPolicys: [policy('10.0.0.0/8;192.168.1.1', '5001'), policy('2001:db8::/32')],
    });
    const id = res.body?.ipControlId ?? '';
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(res.body?.requestId).toBeTruthy();
    expect(await acl(id)).toMatchObject({ ipControlName: 'office_allow', ipControlType: 'ALLOW', description: 'Office egress', regionId: 'cn-hangzhou' });
    expect((await policies(id)).map((p) => [p.cidrIp, p.appId])).toEqual([
      ['10.0.0.0/8;192.168.1.1', '5001'],
      ['2001:db8::/32', ''],
    ]);
    const refuse = await create({ ipControlName: '黑名单_abuse', ipControlType: 'REFUSE', ipControlPolicys: [policy('45.33.32.156', '5001')] });
    expect((await policies(refuse.body?.ipControlId ?? '')).map((p) => p.appId)).toEqual(['']);
  });

  it('when created without policies, then it exists empty with an empty description', async () => {
    const id = (await create({ ipControlName: 'empty_list', ipControlType: 'REFUSE' })).body?.ipControlId ?? '';
    expect(await acl(id)).toMatchObject({ ipControlName: 'empty_list', description: '' });
    expect(await policies(id)).toEqual([]);
  });

  it.each([
    ['abc', 'too short'],
    ['a'.repeat(51), 'too long'],
    ['_leading', 'a leading underscore'],
    ['has-dash', 'a dash'],
    ['😀 emoji name', 'an emoji and a space'],
  ])('when the name is %s (%s), then it answers InvalidIpControlName and nothing is created', async (ipControlName) => {
    expect(await sdkError(create({ ipControlName, ipControlType: 'ALLOW' }))).toMatchObject({ code: 'InvalidIpControlName', statusCode: 400 });
    const all = await client.describeIpControls(new cloudapi.DescribeIpControlsRequest({}));
    expect(all.body?.totalCount).toBe(3);
  });

  it('when the name has 4 or 50 characters, then it is accepted', async () => {
    await create({ ipControlName: 'abcd', ipControlType: 'ALLOW' });
    await create({ ipControlName: 'a'.repeat(50), ipControlType: 'ALLOW' });
  });

  it('when the type, the description or a policy is wrong, then the documented error names it', async () => {
    expect(await sdkError(create({ ipControlName: 'typed_list', ipControlType: 'DENY' }))).toMatchObject({ code: 'InvalidIpControlType', statusCode: 400 });
    expect(await sdkError(create({ ipControlName: 'typed_list', ipControlType: 'ALLOW', description: 'x'.repeat(201) }))).toMatchObject({
      code: 'InvalidDescription',
    });
    await create({ ipControlName: 'typed_list', ipControlType: 'ALLOW', description: 'x'.repeat(200) });
    expect(await sdkError(create({ ipControlName: 'bad_policy', ipControlType: 'ALLOW', ipControlPolicys: [policy('10.0.0.0/33')] }))).toMatchObject({
      code: 'InvalidCidrIp',
    });
    const eleven = Array.from({ length: 11 }, (_, i) => `10.0.${i}.1`).join(';');
    expect(await sdkError(create({ ipControlName: 'bad_policy', ipControlType: 'ALLOW', ipControlPolicys: [policy(eleven)] }))).toMatchObject({
      code: 'InvalidCidrIp',
    });
    expect(
      await sdkError(create({ ipControlName: 'bad_policy', ipControlType: 'ALLOW', ipControlPolicys: [new cloudapi.CreateIpControlRequestIpControlPolicys({ appId: '1' })] })),
    ).toMatchObject({ code: 'MissingIpControlPolicys.1.CidrIp' });
    const tooMany = Array.from({ length: 101 }, (_, i) => policy(`10.1.${i}.0/24`));
    expect(await sdkError(create({ ipControlName: 'bad_policy', ipControlType: 'ALLOW', ipControlPolicys: tooMany }))).toMatchObject({
      code: 'InvalidIpControlPolicys',
    });
    const hundred = Array.from({ length: 100 }, (_, i) => policy(`10.1.${i}.0/24`));
    const id = (await create({ ipControlName: 'hundred_policies', ipControlType: 'ALLOW', ipControlPolicys: hundred })).body?.ipControlId ?? '';
    expect(await policies(id)).toHaveLength(100);
  });

  it('when a required parameter is missing, then it answers Missing{Name}', async () => {
    expect(await sdkError(create({ ipControlType: 'ALLOW' }))).toMatchObject({ code: 'MissingIpControlName', statusCode: 400 });
    expect(await sdkError(create({ ipControlName: 'no_type' }))).toMatchObject({ code: 'MissingIpControlType', statusCode: 400 });
  });
});

describe('ModifyIpControl', () => {
  it('when renamed, then the new name and description show, the type and policies stay', async () => {
    await modify({ ipControlId: sandbox.ipControlId, ipControlName: 'sandbox_renamed', description: 'Renamed' });
    expect(await acl(sandbox.ipControlId)).toMatchObject({ ipControlName: 'sandbox_renamed', description: 'Renamed', ipControlType: sandbox.type });
    expect(await policies(sandbox.ipControlId)).toHaveLength(sandbox.policyItems.length);
  });

  it('when only the description is sent, then the name is kept', async () => {
    await modify({ ipControlId: partners.ipControlId, description: 'Only this' });
    expect(await acl(partners.ipControlId)).toMatchObject({ ipControlName: partners.name, description: 'Only this' });
  });

  it('when the ACL is unknown or the name invalid, then NotFoundIpControl / InvalidIpControlName and nothing changes', async () => {
    expect(await sdkError(modify({ ipControlId: '0000000000000000000000000000dead', ipControlName: 'valid_name' }))).toMatchObject({
      code: 'NotFoundIpControl',
      statusCode: 400,
    });
    expect(await sdkError(modify({ ipControlId: partners.ipControlId, ipControlName: 'no' }))).toMatchObject({ code: 'InvalidIpControlName' });
    expect(await sdkError(modify({ ipControlName: 'valid_name' }))).toMatchObject({ code: 'MissingIpControlId' });
    expect((await acl(partners.ipControlId))?.ipControlName).toBe(partners.name);
  });
});

describe('DeleteIpControl', () => {
  it('when the ACL guards no API, then it is deleted', async () => {
    await remove(sandbox.ipControlId);
    expect(await acl(sandbox.ipControlId)).toBeUndefined();
  });

  it('when the ACL still guards APIs, then it answers DependencyViolation.IpControl (400) and stays', async () => {
    const error = await sdkError(remove(blocklist.ipControlId));
    expect(error).toMatchObject({ code: 'DependencyViolation.IpControl', statusCode: 400 });
    expect(error.message).toContain(`${blocklist.boundApiCount} APIs`);
    expect(await acl(blocklist.ipControlId)).toBeDefined();
  });

  it('when the ACL does not exist, then it answers success, as documented', async () => {
    const res = await remove('0000000000000000000000000000dead');
    expect(res.body?.requestId).toBeTruthy();
  });

  it('when every API is unbound first, then the delete succeeds', async () => {
    const bound = await client.describeApisByIpControl(new cloudapi.DescribeApisByIpControlRequest({ ipControlId: blocklist.ipControlId, pageSize: 100 }));
    const byGroup = new Map<string, Set<string>>();
    for (const a of bound.body?.apiInfos?.apiInfo ?? []) byGroup.set(`${a.groupId}|${a.stageName}`, new Set());
    for (const key of byGroup.keys()) {
      const [groupId, stageName] = key.split('|');
      await unbind({ ipControlId: blocklist.ipControlId, groupId, stageName });
    }
    expect(await guarded(blocklist.ipControlId)).toEqual([]);
    await remove(blocklist.ipControlId);
    expect(await acl(blocklist.ipControlId)).toBeUndefined();
  });
});

describe('SetIpControlApis and RemoveIpControlApis', () => {
  it('when APIs are bound in a stage, then DescribeApisByIpControl and DescribeApiIpControls show them', async () => {
    const ids = [apiId('get_charge'), apiId('list_charges')];
    await bind({ ipControlId: sandbox.ipControlId, groupId: payments.groupId, stageName: 'TEST', apiIds: ids.join(',') });
    expect(await guarded(sandbox.ipControlId)).toEqual(ids.map((id) => `TEST:${id}`).sort());
    const res = await client.describeApiIpControls(new cloudapi.DescribeApiIpControlsRequest({ groupId: payments.groupId, stageName: 'TEST', apiIds: ids.join(',') }));
    expect((res.body?.apiIpControls?.apiIpControlItem ?? []).map((i) => i.ipControlId)).toEqual([sandbox.ipControlId, sandbox.ipControlId]);
  });

  it('when an API guarded by another ACL in that stage is bound, then it moves to this ACL (one ACL per API and stage)', async () => {
    const before = await guarded(partners.ipControlId);
    const moved = `RELEASE:${apiId('get_charge')}`;
    expect(before).toContain(moved);
    await bind({ ipControlId: sandbox.ipControlId, groupId: payments.groupId, stageName: 'RELEASE', apiIds: apiId('get_charge') });
    expect(await guarded(partners.ipControlId)).toEqual(before.filter((b) => b !== moved));
    expect(await guarded(sandbox.ipControlId)).toEqual([moved]);
  });

  it('when binding the same API twice, then it is listed once', async () => {
    const id = apiId('get_charge');
    await bind({ ipControlId: sandbox.ipControlId, groupId: payments.groupId, stageName: 'RELEASE', apiIds: id });
    await bind({ ipControlId: sandbox.ipControlId, groupId: payments.groupId, stageName: 'release', apiIds: id });
    expect(await guarded(sandbox.ipControlId)).toEqual([`RELEASE:${id}`]);
  });

  it('when the ids, group, stage or ACL are wrong, then the documented error comes back and nothing is bound', async () => {
    const base = { ipControlId: sandbox.ipControlId, groupId: payments.groupId, stageName: 'TEST' };
    const identityApi = Object.values(identity.apiIds)[0] ?? '';
    expect(await sdkError(bind({ ...base, apiIds: identityApi }))).toMatchObject({ code: 'NotFoundApi', statusCode: 400 });
    expect(await sdkError(bind({ ...base, apiIds: Array.from({ length: 101 }, (_, i) => `api${i}`).join(',') }))).toMatchObject({ code: 'InvalidApiIds' });
    expect(await sdkError(bind({ ...base, stageName: 'STAGING', apiIds: apiId('get_charge') }))).toMatchObject({ code: 'InvalidStageName' });
    expect(await sdkError(bind({ ...base, groupId: '0000000000000000000000000000dead', apiIds: apiId('get_charge') }))).toMatchObject({ code: 'NotFoundApiGroup' });
    expect(await sdkError(bind({ ...base, ipControlId: '0000000000000000000000000000dead', apiIds: apiId('get_charge') }))).toMatchObject({
      code: 'NotFoundIpControl',
    });
    expect(await sdkError(bind(base))).toMatchObject({ code: 'MissingApiIds' });
    expect(await guarded(sandbox.ipControlId)).toEqual([]);
  });

  it('when named APIs are unbound, then only they go; without ApiIds every API of the group in the stage goes', async () => {
    const before = await guarded(partners.ipControlId);
    const paymentIds = new Set(Object.values(payments.apiIds));
    const inPayments = before.filter((b) => paymentIds.has(b.split(':')[1] ?? ''));
    const first = inPayments[0]?.split(':')[1] ?? '';
    await unbind({ ipControlId: partners.ipControlId, groupId: payments.groupId, stageName: 'RELEASE', apiIds: first });
    expect(await guarded(partners.ipControlId)).toEqual(before.filter((b) => b !== `RELEASE:${first}`));
    await unbind({ ipControlId: partners.ipControlId, groupId: payments.groupId, stageName: 'RELEASE' });
    expect(await guarded(partners.ipControlId)).toEqual(before.filter((b) => !inPayments.includes(b)));
  });

  it('when unbinding an API this ACL does not guard, then nothing else changes', async () => {
    const before = await guarded(blocklist.ipControlId);
    await unbind({ ipControlId: partners.ipControlId, groupId: identity.groupId, stageName: 'RELEASE' });
    expect(await guarded(blocklist.ipControlId)).toEqual(before);
  });
});
