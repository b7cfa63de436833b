import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ALIBABA_ACCESS_KEY_ID,
  DEMO_ALIBABA_ACCESS_KEY_SECRET,
  DEMO_HUAWEI_ACCESS_KEY_ID,
  DEMO_HUAWEI_SECOND_PROJECT_ID,
  DEMO_HUAWEI_SECRET_ACCESS_KEY,
  DEMO_SECOND_REGION,
} from './config.ts';
import { SEED } from './services/apigateway/seed.ts';
import { SEED_VPCEP } from './services/vpcep/seed.ts';
import { startEmulator, type RunningEmulator } from './server.ts';
import { cloudapi, hook, rawV1, sdkClient, sdkError } from './testing/alibaba.ts';
import { huaweiRequest, vpcepPath } from './testing/huawei.ts';

/** A second account with a key of its own in each cloud (and, for Huawei, a project of its own). */
const OTHER_ALIBABA = { id: 'LTAI5tOtherAccountKey01', secret: 'OtherAccountSecret2026xxxxxxxx', accountId: '1999000011112222' };
const OTHER_HUAWEI = { id: 'OTHERACCOUNTHUAWEIAK1', secret: 'OtherAccountHuaweiSecretKey2026xxxxxxxxx', accountId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };
const OTHER_PROJECT = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    alibabaAccessKeys: [{ id: DEMO_ALIBABA_ACCESS_KEY_ID, secret: DEMO_ALIBABA_ACCESS_KEY_SECRET }, OTHER_ALIBABA],
    huaweiAccessKeys: [{ id: DEMO_HUAWEI_ACCESS_KEY_ID, secret: DEMO_HUAWEI_SECRET_ACCESS_KEY }, OTHER_HUAWEI],
    huaweiProjects: [
      { projectId: DEMO_HUAWEI_SECOND_PROJECT_ID, regionId: 'cn-east-3' },
      { projectId: OTHER_PROJECT, regionId: 'cn-north-4', accountId: OTHER_HUAWEI.accountId },
    ],
  });
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await hook(emulator, 'POST', 'reset');
});

const other = () => sdkClient(emulator, { accessKeyId: OTHER_ALIBABA.id, accessKeySecret: OTHER_ALIBABA.secret });
/** As a console profile for the second region would call it: its own endpoint, as the cloud's regions have. */
const secondRegion = () => sdkClient(emulator, { regionId: DEMO_SECOND_REGION, endpoint: emulator.alibabaEndpoints[DEMO_SECOND_REGION] ?? '' });

async function names(client: ReturnType<typeof sdkClient>): Promise<string[]> {
  const res = await client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 100 }));
  return (res.body?.vpcAccessAttributes?.vpcAccessAttribute ?? []).map((a) => a.name ?? '');
}

const otherHuawei = (path: string, method: 'GET' | 'PUT' = 'GET', body?: unknown) =>
  huaweiRequest(emulator, { method, path, body, accessKeyId: OTHER_HUAWEI.id, secretAccessKey: OTHER_HUAWEI.secret, projectIdHeader: null });

describe('accounts (Alibaba)', () => {
  it("when another account's key lists, then it sees its own (empty) account, not the seeded one", async () => {
    expect(await names(other())).toEqual([]);
    expect(await names(sdkClient(emulator))).toHaveLength(SEED.perReplica.vpcAccesses);
  });

  it("when another account's key names the seeded account's resources, then the cloud answers NotFound as for anything not in the account", async () => {
    const modify = await sdkError(other().modifyVpcAccessAndUpdateApis(new cloudapi.ModifyVpcAccessAndUpdateApisRequest({ name: SEED.vpcAccess.busy.name, port: 81 })));
    expect(modify).toMatchObject({ code: 'NotFoundVpcAccess', statusCode: 400 });
    const backend = await sdkError(other().describeBackendInfo(new cloudapi.DescribeBackendInfoRequest({ backendId: SEED.backends.catalogHttp.backendId })));
    expect(backend).toMatchObject({ code: 'NotFoundBackend', statusCode: 400 });
    const acl = await sdkError(other().describeIpControlPolicyItems(new cloudapi.DescribeIpControlPolicyItemsRequest({ ipControlId: SEED.ipControls.partners.ipControlId })));
    expect(acl).toMatchObject({ code: 'NotFoundIpControl', statusCode: 400 });
    const [busy] =
      (await sdkClient(emulator).describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ name: SEED.vpcAccess.busy.name, accurateQuery: true }))).body
        ?.vpcAccessAttributes?.vpcAccessAttribute ?? [];
    expect(busy?.port).toBe(SEED.vpcAccess.busy.port);
  });

  it('when each account creates an authorization of the same name, then each sees only its own', async () => {
    const create = (client: ReturnType<typeof sdkClient>, port: number) =>
      client.setVpcAccess(new cloudapi.SetVpcAccessRequest({ name: 'same-name', vpcId: 'vpc-bp1accountcheck0001', instanceId: 'i-bp1accountcheck0001', port }));
    await create(other(), 80);
    await create(sdkClient(emulator), 81);
    expect(await names(other())).toEqual(['same-name']);
    expect(await names(sdkClient(emulator))).toContain('same-name');
  });
});

describe('accounts (Huawei)', () => {
  it("when another account's key asks for a seeded service in its own project, then VPCEP answers 404 EndPoint.0005", async () => {
    const res = await otherHuawei(vpcepPath(`/${SEED_VPCEP.services.core.id}`, OTHER_PROJECT));
    expect(res.status).toBe(404);
    expect(res.json.error).toMatchObject({ code: 'EndPoint.0005' });
    const update = await otherHuawei(vpcepPath(`/${SEED_VPCEP.services.core.id}`, OTHER_PROJECT), 'PUT', { description: 'not yours' });
    expect(update.status).toBe(404);
    expect((await otherHuawei(vpcepPath('', OTHER_PROJECT))).json.total_count).toBe(0);
  });

  it("when another account's key names the seeded account's project, then it is refused 403 EndPoint.0004", async () => {
    const res = await otherHuawei(vpcepPath(`/${SEED_VPCEP.services.core.id}`));
    expect(res.status).toBe(403);
    expect(res.json.error).toMatchObject({ code: 'EndPoint.0004' });
    const demo = await huaweiRequest(emulator, { path: vpcepPath('', OTHER_PROJECT), projectIdHeader: null });
    expect(demo.status).toBe(403);
  });
});

describe('regions', () => {
  it('when the second region is asked, then it holds its own smaller seed, and a change there stays there', async () => {
    const shenzhen = await names(secondRegion());
    expect(shenzhen.sort()).toEqual(['vpc-shipping-sh-slb', 'vpc-shipping-sh-spare']);
    await secondRegion().setVpcAccess(
      new cloudapi.SetVpcAccessRequest({ name: 'shenzhen-only', vpcId: 'vpc-wz9regioncheck0001', instanceId: 'i-wz9regioncheck0001', port: 80 }),
    );
    expect(await names(secondRegion())).toContain('shenzhen-only');
    expect(await names(sdkClient(emulator))).not.toContain('shenzhen-only');
    expect(await names(sdkClient(emulator))).toHaveLength(SEED.perReplica.vpcAccesses);
    const groups = await secondRegion().describeApiGroups(new cloudapi.DescribeApiGroupsRequest({}));
    expect(groups.body?.apiGroupAttributes?.apiGroupAttribute?.map((g) => g.groupName)).toEqual(['portico_shipping']);
  });

  it('when the RegionId parameter names the second region on the first endpoint, then it wins, as before', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses', RegionId: DEMO_SECOND_REGION } });
    expect(res.status).toBe(200);
    expect(res.json.TotalCount).toBe(2);
    expect(Object.keys(emulator.alibabaEndpoints)).toEqual(['cn-hangzhou', DEMO_SECOND_REGION]);
  });

  it("when the seeded account's second Huawei project is asked, then it lists its own services, and a change there stays there", async () => {
    const second = (suffix = '') => vpcepPath(suffix, DEMO_HUAWEI_SECOND_PROJECT_ID);
    const listed = await huaweiRequest(emulator, { path: second(), projectIdHeader: DEMO_HUAWEI_SECOND_PROJECT_ID });
    expect(listed.status).toBe(200);
    const services = listed.json.endpoint_services as { id: string; service_name: string }[];
    expect(services.map((s) => s.service_name).sort()).toEqual(['east-gateway', 'east-reports']);
    const gateway = services.find((s) => s.service_name === 'east-gateway');
    const put = await huaweiRequest(emulator, {
      method: 'PUT',
      path: second(`/${gateway?.id}`),
      body: { description: 'east only' },
      projectIdHeader: DEMO_HUAWEI_SECOND_PROJECT_ID,
    });
    expect(put.status).toBe(200);
    expect((await huaweiRequest(emulator, { path: vpcepPath() })).json.total_count).toBe(SEED_VPCEP.perReplica.services);
    const inFirst = await huaweiRequest(emulator, { path: vpcepPath(`/${gateway?.id}`) });
    expect(inFirst.status).toBe(404);
  });
});
