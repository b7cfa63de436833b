import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { cloudapi, type CloudApiClient, hook, sdkClient, sdkError } from '../../testing/alibaba.ts';
import { SEED } from './seed.ts';

const { busy, quiet, direct, idle } = SEED.vpcAccess;

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
  await hook(emulator, 'POST', 'config', { taskStepMs: 10, taskFailRatio: 0 });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function listAll(req: ConstructorParameters<typeof cloudapi.DescribeVpcAccessesRequest>[0] = {}) {
  const res = await client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 100, ...req }));
  return res.body?.vpcAccessAttributes?.vpcAccessAttribute ?? [];
}

describe('DescribeVpcAccesses', () => {
  it('when called with no filter, then it lists the seeded authorizations with every documented field', async () => {
    const res = await client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({}));
    expect(res.statusCode).toBe(200);
    expect(res.body?.requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(res.body?.totalCount).toBe(4);
    expect(res.body?.pageNumber).toBe(1);
    expect(res.body?.pageSize).toBe(10);
    const found = res.body?.vpcAccessAttributes?.vpcAccessAttribute?.find((a) => a.name === busy.name);
    expect(found).toMatchObject({
      vpcAccessId: busy.vpcAccessId,
      name: busy.name,
      vpcId: busy.vpcId,
      instanceId: busy.instanceId,
      port: busy.port,
      regionId: 'cn-hangzhou',
      description: busy.description,
      vpcTargetHostName: busy.vpcTargetHostName,
      createdTime: '2026-01-05T10:00:00Z',
    });
    expect(found?.tags?.tagInfo?.map((t) => `${t.key}=${t.value}`)).toEqual(['team=platform', 'env=production']);
  });

  it('when PageSize and PageNumber are given, then it pages and keeps TotalCount', async () => {
    const first = await client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 3, pageNumber: 1 }));
    const second = await client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 3, pageNumber: 2 }));
    const third = await client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 3, pageNumber: 3 }));
    expect(first.body?.vpcAccessAttributes?.vpcAccessAttribute).toHaveLength(3);
    expect(second.body?.vpcAccessAttributes?.vpcAccessAttribute).toHaveLength(1);
    expect(third.body?.vpcAccessAttributes?.vpcAccessAttribute).toHaveLength(0);
    expect([first, second, third].map((r) => r.body?.totalCount)).toEqual([4, 4, 4]);
    expect(second.body?.pageNumber).toBe(2);
    const names = [...(first.body?.vpcAccessAttributes?.vpcAccessAttribute ?? []), ...(second.body?.vpcAccessAttributes?.vpcAccessAttribute ?? [])].map((a) => a.name);
    expect(new Set(names).size).toBe(4);
  });

  it('when PageSize is above 100 or PageNumber below 1, then it answers InvalidPageSize / InvalidPageNumber (400)', async () => {
    const tooBig = await sdkError(client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 101 })));
    expect(tooBig).toMatchObject({ code: 'InvalidPageSize', statusCode: 400 });
    const zero = await sdkError(client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageNumber: 0 })));
    expect(zero).toMatchObject({ code: 'InvalidPageNumber', statusCode: 400 });
    const max = await client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 100 }));
    expect(max.body?.pageSize).toBe(100);
  });

  it('when Name is given without AccurateQuery, then it matches fuzzily; with AccurateQuery, exactly', async () => {
    expect((await listAll({ name: 'core' })).map((a) => a.name)).toEqual([busy.name]);
    expect(await listAll({ name: 'core', accurateQuery: true })).toHaveLength(0);
    expect((await listAll({ name: busy.name, accurateQuery: true })).map((a) => a.name)).toEqual([busy.name]);
    expect(await listAll({ name: 'vpc-' })).toHaveLength(4);
  });

  it('when filtering by VpcAccessId, VpcId, InstanceId, Port or Tag, then only matching authorizations come back', async () => {
    expect((await listAll({ vpcAccessId: quiet.vpcAccessId })).map((a) => a.name)).toEqual([quiet.name]);
    expect((await listAll({ vpcId: direct.vpcId })).map((a) => a.name)).toEqual([direct.name]);
    expect((await listAll({ instanceId: idle.instanceId })).map((a) => a.name)).toEqual([idle.name]);
    expect((await listAll({ port: '443' })).map((a) => a.name)).toEqual([quiet.name]);
    expect((await listAll({ vpcId: busy.vpcId })).length).toBe(3);
    const tagged = await listAll({ tag: [new cloudapi.DescribeVpcAccessesRequestTag({ key: 'team', value: 'security' })] });
    expect(tagged.map((a) => a.name)).toEqual([quiet.name]);
  });
});

describe('SetVpcAccess', () => {
  it('when a new authorization is created, then it returns a VpcAccessId and lists it', async () => {
    const res = await client.setVpcAccess(
      new cloudapi.SetVpcAccessRequest({
        name: 'vpc-new-service',
        vpcId: 'vpc-uf657qec7lx42paw3qxxx',
        instanceId: 'i-uf6bzcg1pr4oh5jjmxxx',
        port: 8443,
        description: 'new service',
        vpcTargetHostName: 'svc.internal.example',
        tag: [new cloudapi.SetVpcAccessRequestTag({ key: 'owner', value: 'alice' })],
      }),
    );
    expect(res.body?.vpcAccessId).toMatch(/^[0-9a-f]{32}$/);
    const [listed] = await listAll({ vpcAccessId: res.body?.vpcAccessId ?? '' });
    expect(listed).toMatchObject({
      name: 'vpc-new-service',
      vpcId: 'vpc-uf657qec7lx42paw3qxxx',
      instanceId: 'i-uf6bzcg1pr4oh5jjmxxx',
      port: 8443,
      description: 'new service',
      vpcTargetHostName: 'svc.internal.example',
      regionId: 'cn-hangzhou',
    });
    expect(listed?.createdTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(listed?.tags?.tagInfo?.[0]).toMatchObject({ key: 'owner', value: 'alice' });
  });

  it('when values carry non-ASCII text and reserved characters, then they round-trip through the V3 signature', async () => {
    const description = "VPC 描述信息 (test) a*b ~c !'d' e+f&g=h/i";
    const res = await client.setVpcAccess(new cloudapi.SetVpcAccessRequest({ name: '授权-一号', vpcId: 'vpc-unicode01', instanceId: '10.0.0.8', port: 80, description }));
    const [listed] = await listAll({ vpcAccessId: res.body?.vpcAccessId ?? '' });
    expect(listed).toMatchObject({ name: '授权-一号', description, instanceId: '10.0.0.8' });
  });

  it('when the name is already used, then it answers vpcAccessExists (400)', async () => {
    const error = await sdkError(client.setVpcAccess(new cloudapi.SetVpcAccessRequest({ name: busy.name, vpcId: 'vpc-other', instanceId: 'i-other', port: 80 })));
    expect(error).toMatchObject({ code: 'vpcAccessExists', statusCode: 400 });
    expect(error.data).toMatchObject({ HostId: 'apigateway.cn-hangzhou.aliyuncs.com' });
    expect(String(error.data?.Recommend)).toContain('q=vpcAccessExists');
  });

  it('when VpcId, InstanceId and Port are already authorized, then it answers vpcAccessExists', async () => {
    const error = await sdkError(
      client.setVpcAccess(new cloudapi.SetVpcAccessRequest({ name: 'another-name', vpcId: busy.vpcId, instanceId: busy.instanceId, port: busy.port })),
    );
    expect(error.code).toBe('vpcAccessExists');
  });

  it('when a required parameter is missing, then it answers Missing{Name} (400)', async () => {
    for (const [missing, req] of [
      ['Name', { vpcId: 'vpc-a', instanceId: 'i-a', port: 80 }],
      ['VpcId', { name: 'n', instanceId: 'i-a', port: 80 }],
      ['InstanceId', { name: 'n', vpcId: 'vpc-a', port: 80 }],
      ['Port', { name: 'n', vpcId: 'vpc-a', instanceId: 'i-a' }],
    ] as const) {
      const error = await sdkError(client.setVpcAccess(new cloudapi.SetVpcAccessRequest(req)));
      expect(error).toMatchObject({ code: `Missing${missing}`, statusCode: 400 });
    }
  });

  it('when Port is out of range, then it answers InvalidPort (400)', async () => {
    for (const port of [0, 65536, -1]) {
      const error = await sdkError(client.setVpcAccess(new cloudapi.SetVpcAccessRequest({ name: 'n', vpcId: 'vpc-a', instanceId: 'i-a', port })));
      expect(error).toMatchObject({ code: 'InvalidPort', statusCode: 400 });
    }
  });

  it.each(['😀 emoji name', 'two words', '-dash-first', 'a'.repeat(51)])(
    'when the Name is %s, then it answers InvalidVpcAccessName (400) and creates nothing',
    async (name) => {
      const error = await sdkError(client.setVpcAccess(new cloudapi.SetVpcAccessRequest({ name, vpcId: 'vpc-bp1namecheck00001', instanceId: 'i-namecheck01', port: 80 })));
      expect(error).toMatchObject({ code: 'InvalidVpcAccessName', statusCode: 400 });
      expect((await listAll()).map((a) => a.name)).not.toContain(name);
    },
  );

  it('when the VpcId is not a VPC id, then it answers NotFoundVpc', async () => {
    const error = await sdkError(client.setVpcAccess(new cloudapi.SetVpcAccessRequest({ name: 'n', vpcId: 'not-a-vpc', instanceId: 'i-a', port: 80 })));
    expect(error).toMatchObject({ code: 'NotFoundVpc', statusCode: 400 });
  });
});

describe('DescribeApisByVpcAccess', () => {
  it('when asked for the busy authorization, then it lists its 24 published APIs with every documented field', async () => {
    const res = await client.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({ vpcName: busy.name, pageSize: 100 }));
    expect(res.body?.totalCount).toBe(24);
    const infos = res.body?.apiVpcAccessInfos?.apiVpcAccessInfo ?? [];
    expect(infos).toHaveLength(24);
    expect(new Set(infos.map((i) => i.groupId))).toEqual(new Set([SEED.groups.payments.groupId, SEED.groups.orders.groupId]));
    expect(new Set(infos.map((i) => i.stageName))).toEqual(new Set(['TEST', 'RELEASE']));
    const charge = infos.find((i) => i.apiName === 'create_charge' && i.stageName === 'RELEASE');
    expect(charge).toMatchObject({
      apiId: SEED.groups.payments.apiIds.create_charge,
      groupName: 'portico_payments',
      stageId: SEED.groups.payments.stageIds.RELEASE,
      method: 'POST',
      path: '/v1/charges',
      vpcId: busy.vpcId,
      vpcName: busy.name,
      instanceId: busy.instanceId,
      port: busy.port,
      regionId: 'cn-hangzhou',
    });
    expect(charge?.description).toBeTruthy();
  });

  it('when paging, then default PageSize is 10 and pages partition the list', async () => {
    const pages = [];
    for (const pageNumber of [1, 2, 3]) {
      const res = await client.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({ vpcName: busy.name, pageNumber }));
      expect(res.body?.pageSize).toBe(10);
      expect(res.body?.totalCount).toBe(24);
      pages.push(res.body?.apiVpcAccessInfos?.apiVpcAccessInfo ?? []);
    }
    expect(pages.map((p) => p.length)).toEqual([10, 10, 4]);
    expect(new Set(pages.flat().map((i) => `${i.apiId}/${i.stageId}`)).size).toBe(24);
  });

  it('when the authorization has no bound API or is unknown, then the list is empty', async () => {
    for (const vpcName of [idle.name, 'no-such-authorization']) {
      const res = await client.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({ vpcName }));
      expect(res.body?.totalCount).toBe(0);
      expect(res.body?.apiVpcAccessInfos?.apiVpcAccessInfo ?? []).toHaveLength(0);
    }
  });

  it('when PageSize is out of range, then it answers InvalidPageSize', async () => {
    const error = await sdkError(client.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({ vpcName: busy.name, pageSize: 500 })));
    expect(error).toMatchObject({ code: 'InvalidPageSize', statusCode: 400 });
  });
});

describe('ModifyVpcAccessAndUpdateApis and DescribeUpdateVpcInfoTask', () => {
  const modify = (req: ConstructorParameters<typeof cloudapi.ModifyVpcAccessAndUpdateApisRequest>[0]) =>
    client.modifyVpcAccessAndUpdateApis(new cloudapi.ModifyVpcAccessAndUpdateApisRequest(req));
  const task = async (operationUid: string) =>
    (await client.describeUpdateVpcInfoTask(new cloudapi.DescribeUpdateVpcInfoTaskRequest({ operationUid }))).body?.apiUpdateVpcInfoResults?.apiUpdateVpcInfoResult ?? [];

  it('when NeedBatchWork is true, then the bound APIs are updated one by one until all succeed', async () => {
    await hook(emulator, 'POST', 'config', { taskStepMs: 40 });
    const res = await modify({ name: quiet.name, port: 8443, needBatchWork: true });
    const operationId = res.body?.operationId ?? '';
    expect(operationId).toMatch(/^[0-9a-f]{32}$/);
    const early = await task(operationId);
    expect(early).toHaveLength(3);
    expect(early.map((r) => r.updateStatus)).toEqual(['running', 'init', 'init']);
    expect(early[0]).toMatchObject({
      apiUid: SEED.groups.identity.apiIds.create_session,
      apiName: 'create_session',
      groupId: SEED.groups.identity.groupId,
      groupName: 'portico_identity',
      stageId: SEED.groups.identity.stageIds.RELEASE,
      stageName: 'RELEASE',
    });
    await sleep(140);
    const done = await task(operationId);
    expect(done.map((r) => r.updateStatus)).toEqual(['success', 'success', 'success']);
    expect(done[0]?.errorMsg).toBe('Success. Request Success.');
    const [listed] = await listAll({ name: quiet.name, accurateQuery: true });
    expect(listed?.port).toBe(8443);
    const apis = await client.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({ vpcName: quiet.name }));
    expect(apis.body?.apiVpcAccessInfos?.apiVpcAccessInfo?.map((i) => i.port)).toEqual([8443, 8443, 8443]);
  });

  it('when some APIs fail (taskFailRatio), then each has its own status and an ErrorMsg', async () => {
    await hook(emulator, 'POST', 'config', { taskStepMs: 1, taskFailRatio: 0.25 });
    const res = await modify({ name: busy.name, instanceId: 'i-bp1newbackend000001', needBatchWork: true });
    await sleep(60);
    const results = await task(res.body?.operationId ?? '');
    expect(results).toHaveLength(24);
    const failed = results.filter((r) => r.updateStatus === 'fail');
    expect(failed).toHaveLength(6);
    expect(results.findIndex((r) => r.updateStatus === 'fail')).toBe(3);
    expect(failed[0]?.errorMsg).toMatch(/\S/);
    expect(results.filter((r) => r.updateStatus === 'success')).toHaveLength(18);
    const apis = await client.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({ vpcName: busy.name, pageSize: 100 }));
    const instances = apis.body?.apiVpcAccessInfos?.apiVpcAccessInfo?.map((i) => i.instanceId) ?? [];
    expect(instances.filter((i) => i === 'i-bp1newbackend000001')).toHaveLength(18);
    expect(instances.filter((i) => i === busy.instanceId)).toHaveLength(6);
  });

  it('when NeedBatchWork is absent, then the authorization changes but published APIs are not re-synced', async () => {
    const res = await modify({ name: quiet.name, port: 9443 });
    expect(res.body?.operationId).toMatch(/^[0-9a-f]{32}$/);
    expect(await task(res.body?.operationId ?? '')).toHaveLength(0);
    expect((await listAll({ name: quiet.name, accurateQuery: true }))[0]?.port).toBe(9443);
    const apis = await client.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({ vpcName: quiet.name }));
    expect(apis.body?.apiVpcAccessInfos?.apiVpcAccessInfo?.map((i) => i.port)).toEqual([443, 443, 443]);
  });

  it('when the same Token is sent again with the same request, then the first OperationId comes back and nothing changes twice', async () => {
    const first = await modify({ name: idle.name, port: 81, token: 'c20d86c4-1eb3-4d0b-afe9-c586df1e2136' });
    const second = await modify({ name: idle.name, port: 81, token: 'c20d86c4-1eb3-4d0b-afe9-c586df1e2136' });
    expect(second.body?.operationId).toBe(first.body?.operationId);
    expect(second.body?.requestId).not.toBe(first.body?.requestId);
    const third = await modify({ name: idle.name, port: 81, token: 'another-token' });
    expect(third.body?.operationId).not.toBe(first.body?.operationId);
  });

  it('when the same Token comes with a different request, then it answers IdempotentParameterMismatch (400)', async () => {
    await modify({ name: idle.name, port: 81, token: 'tok-1' });
    const error = await sdkError(modify({ name: idle.name, port: 82, token: 'tok-1' }));
    expect(error).toMatchObject({ code: 'IdempotentParameterMismatch', statusCode: 400 });
    expect((await listAll({ name: idle.name, accurateQuery: true }))[0]?.port).toBe(81);
  });

  it('when Name is missing or unknown, then it answers MissingName / NotFoundVpcAccess', async () => {
    expect(await sdkError(modify({ port: 80 }))).toMatchObject({ code: 'MissingName', statusCode: 400 });
    expect(await sdkError(modify({ name: 'nope', port: 80 }))).toMatchObject({ code: 'NotFoundVpcAccess', statusCode: 400 });
  });

  it('when the new endpoint belongs to another authorization, then it answers vpcAccessExists', async () => {
    const error = await sdkError(modify({ name: idle.name, instanceId: busy.instanceId, port: busy.port }));
    expect(error.code).toBe('vpcAccessExists');
  });

  it('when OperationUid is unknown or missing, then DescribeUpdateVpcInfoTask answers NotFoundOperation / MissingOperationUid', async () => {
    const unknown = await sdkError(client.describeUpdateVpcInfoTask(new cloudapi.DescribeUpdateVpcInfoTaskRequest({ operationUid: '7d341787517a47afaaef9cc1bdb7acce' })));
    expect(unknown).toMatchObject({ code: 'NotFoundOperation', statusCode: 400 });
    const missing = await sdkError(client.describeUpdateVpcInfoTask(new cloudapi.DescribeUpdateVpcInfoTaskRequest({})));
    expect(missing).toMatchObject({ code: 'MissingOperationUid', statusCode: 400 });
  });
});

describe('RemoveVpcAccess', () => {
  const remove = (req: ConstructorParameters<typeof cloudapi.RemoveVpcAccessRequest>[0]) => client.removeVpcAccess(new cloudapi.RemoveVpcAccessRequest(req));

  it('when the authorization has bound APIs, then it returns them (ApiId, GroupId, StageId) and removes it', async () => {
    const res = await remove({ vpcId: busy.vpcId, instanceId: busy.instanceId, port: busy.port });
    const apis = res.body?.apis?.api ?? [];
    expect(apis).toHaveLength(24);
    expect(apis[0]).toEqual(
      expect.objectContaining({
        apiId: SEED.groups.payments.apiIds.create_charge,
        groupId: SEED.groups.payments.groupId,
        stageId: SEED.groups.payments.stageIds.TEST,
      }),
    );
    expect(await listAll({ name: busy.name, accurateQuery: true })).toHaveLength(0);
    expect(await listAll()).toHaveLength(3);
  });

  it('when the authorization is unbound, then it returns an empty list', async () => {
    const res = await remove({ vpcId: idle.vpcId, instanceId: idle.instanceId, port: idle.port });
    expect(res.body?.apis?.api ?? []).toHaveLength(0);
  });

  it('when nothing matches, then it answers NotFoundVpcAccess; when a parameter is missing, Missing{Name}', async () => {
    expect(await sdkError(remove({ vpcId: busy.vpcId, instanceId: busy.instanceId, port: 1 }))).toMatchObject({
      code: 'NotFoundVpcAccess',
      statusCode: 400,
    });
    expect(await sdkError(remove({ vpcId: busy.vpcId, port: 80 }))).toMatchObject({ code: 'MissingInstanceId' });
  });
});

describe('reset', () => {
  it('when the emulator is reset, then the seed comes back', async () => {
    await client.removeVpcAccess(new cloudapi.RemoveVpcAccessRequest({ vpcId: busy.vpcId, instanceId: busy.instanceId, port: busy.port }));
    expect(await listAll()).toHaveLength(3);
    await hook(emulator, 'POST', 'reset');
    expect(await listAll()).toHaveLength(4);
  });
});
