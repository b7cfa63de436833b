import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../server.ts';
import { cloudapi, type CloudApiClient, hook, rawV1, sdkClient, sdkError } from '../../testing/alibaba.ts';
import { SEED, seedApiGateway } from './seed.ts';
import { ApiGatewayRegionState, STAGE_NAMES } from './store.ts';

const { payments, orders, identity, catalog, status } = SEED.groups;
const { partners, blocklist } = SEED.ipControls;

let emulator: RunningEmulator;
let client: CloudApiClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = sdkClient(emulator);
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await hook(emulator, 'POST', 'reset');
});

type GroupsReq = ConstructorParameters<typeof cloudapi.DescribeApiGroupsRequest>[0];
type DeployedReq = ConstructorParameters<typeof cloudapi.DescribeDeployedApisRequest>[0];
type AclsReq = ConstructorParameters<typeof cloudapi.DescribeApiIpControlsRequest>[0];

const groups = (req: GroupsReq = {}) => client.describeApiGroups(new cloudapi.DescribeApiGroupsRequest(req));
const deployed = (req: DeployedReq = {}) => client.describeDeployedApis(new cloudapi.DescribeDeployedApisRequest(req));
const apiAcls = (req: AclsReq) => client.describeApiIpControls(new cloudapi.DescribeApiIpControlsRequest(req));

async function groupNames(req: GroupsReq = {}): Promise<string[]> {
  return ((await groups({ pageSize: 50, ...req })).body?.apiGroupAttributes?.apiGroupAttribute ?? []).map((g) => g.groupName ?? '');
}

async function deployedNames(req: DeployedReq = {}): Promise<string[]> {
  return ((await deployed({ pageSize: 100, ...req })).body?.deployedApis?.deployedApiItem ?? []).map((a) => a.apiName ?? '');
}

async function aclNames(req: AclsReq): Promise<string[]> {
  return ((await apiAcls({ pageSize: 100, ...req })).body?.apiIpControls?.apiIpControlItem ?? []).map((a) => a.apiName ?? '');
}

const DEAD_GROUP = '0000000000000000000000000000dead';

describe('DescribeApiGroups', () => {
  it('when called with no filter, then it lists every group, last modified first, with every documented field', async () => {
    const res = await groups();
    expect(res.body).toMatchObject({ totalCount: 5, pageNumber: 1, pageSize: 10 });
    const list = res.body?.apiGroupAttributes?.apiGroupAttribute ?? [];
    expect(list.map((g) => g.groupName)).toEqual([status, identity, orders, payments, catalog].map((g) => g.groupName));
    expect(list.find((g) => g.groupId === payments.groupId)).toEqual({
      groupId: payments.groupId,
      groupName: 'portico_payments',
      subDomain: `${payments.groupId}-cn-hangzhou.alicloudapi.com`,
      description: payments.description,
      createdTime: '2025-12-01T02:00:00Z',
      modifiedTime: '2026-01-07T01:30:00Z',
      regionId: 'cn-hangzhou',
      trafficLimit: 2500,
      billingStatus: 'NORMAL',
      illegalStatus: 'NORMAL',
      instanceId: payments.instanceId,
      instanceType: 'VPC_DEDICATED',
      httpsPolicy: 'HTTPS2_TLS1_2',
      basePath: '/',
      tags: {
        tagInfo: [
          { key: 'team', value: 'payments' },
          { key: 'env', value: 'production' },
        ],
      },
    });
    expect(list.find((g) => g.groupId === status.groupId)).toMatchObject({ instanceId: 'api-shared-vpc-001', instanceType: 'VPC_SHARED' });
  });

  it('when filtering, then GroupId, GroupName (case-insensitive part), InstanceId, BasePath, Tag and Sort apply', async () => {
    expect(await groupNames({ groupId: orders.groupId })).toEqual(['portico_orders']);
    expect(await groupNames({ groupId: DEAD_GROUP })).toEqual([]);
    expect(await groupNames({ groupName: 'ORDER' })).toEqual(['portico_orders']);
    expect(await groupNames({ instanceId: payments.instanceId })).toEqual(['portico_payments']);
    expect(await groupNames({ basePath: '/catalog' })).toEqual(['portico_catalog']);
    expect(await groupNames({ tag: [new cloudapi.DescribeApiGroupsRequestTag({ key: 'team', value: 'security' })] })).toEqual(['portico_identity']);
    expect(await groupNames({ sort: 'asc' })).toEqual([catalog, payments, orders, identity, status].map((g) => g.groupName));
    expect(await groupNames({ enableTagAuth: true })).toHaveLength(5);
    expect(await sdkError(groups({ sort: 'sideways' }))).toMatchObject({ code: 'InvalidSort', statusCode: 400 });
  });

  it('when paging, then pages partition the list; PageSize is 1..50 as documented', async () => {
    const pages = await Promise.all([1, 2, 3].map((pageNumber) => groups({ pageSize: 2, pageNumber })));
    expect(pages.map((p) => p.body?.apiGroupAttributes?.apiGroupAttribute?.length)).toEqual([2, 2, 1]);
    expect(new Set(pages.flatMap((p) => p.body?.apiGroupAttributes?.apiGroupAttribute?.map((g) => g.groupId) ?? [])).size).toBe(5);
    expect(pages.map((p) => p.body?.totalCount)).toEqual([5, 5, 5]);
    expect((await groups({ pageNumber: 9 })).body?.apiGroupAttributes?.apiGroupAttribute).toEqual([]);
    expect((await groups({ pageSize: 50 })).statusCode).toBe(200);
    expect(await sdkError(groups({ pageSize: 51 }))).toMatchObject({ code: 'InvalidPageSize', statusCode: 400 });
    expect(await sdkError(groups({ pageNumber: 0 }))).toMatchObject({ code: 'InvalidPageNumber', statusCode: 400 });
  });

  it('when called as a raw V1 request, then the wire names are the documented ones', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeApiGroups', GroupId: payments.groupId } });
    expect(Object.keys(res.json).sort()).toEqual(['ApiGroupAttributes', 'PageNumber', 'PageSize', 'RequestId', 'TotalCount']);
    const [group] = (res.json.ApiGroupAttributes as { ApiGroupAttribute: Record<string, unknown>[] }).ApiGroupAttribute;
    expect(Object.keys(group ?? {}).sort()).toEqual(
      [
        'BasePath',
        'BillingStatus',
        'CreatedTime',
        'Description',
        'GroupId',
        'GroupName',
        'HttpsPolicy',
        'IllegalStatus',
        'InstanceId',
        'InstanceType',
        'ModifiedTime',
        'RegionId',
        'SubDomain',
        'Tags',
        'TrafficLimit',
      ].sort(),
    );
  });
});

describe('DescribeDeployedApis', () => {
  it('when no stage is given, then it lists the RELEASE stage, newest deployment first, with every documented field', async () => {
    const res = await deployed({ pageSize: 100 });
    expect(res.body).toMatchObject({ totalCount: SEED.perReplica.deployed.RELEASE, pageNumber: 1, pageSize: 100 });
    const list = res.body?.deployedApis?.deployedApiItem ?? [];
    expect(list).toHaveLength(26);
    expect(new Set(list.map((a) => a.stageName))).toEqual(new Set(['RELEASE']));
    expect(list.map((a) => a.apiName)).not.toContain('get_metrics');
    const times = list.map((a) => a.deployedTime ?? '');
    expect([...times].sort().reverse()).toEqual(times);
    expect(list.find((a) => a.apiName === 'get_balance')).toEqual({
      regionId: 'cn-hangzhou',
      groupId: payments.groupId,
      groupName: 'portico_payments',
      stageName: 'RELEASE',
      apiId: payments.apiIds.get_balance,
      apiName: 'get_balance',
      visibility: 'PRIVATE',
      description: 'Returns the available and pending balance.',
      deployedTime: '2026-01-07T02:05:00Z',
      apiMethod: 'GET',
      apiPath: '/v1/balance',
    });
  });

  it('when a stage is given, in any case, then its published APIs come back; an unknown stage answers InvalidStageName', async () => {
    expect((await deployed({ stageName: 'TEST' })).body?.totalCount).toBe(SEED.perReplica.deployed.TEST);
    const pre = await deployed({ stageName: 'pre', pageSize: 100 });
    expect(pre.body?.totalCount).toBe(21);
    expect(new Set(pre.body?.deployedApis?.deployedApiItem?.map((a) => a.stageName))).toEqual(new Set(['PRE']));
    expect(pre.body?.deployedApis?.deployedApiItem?.map((a) => a.apiName)).not.toContain('create_charge');
    expect(await sdkError(deployed({ stageName: 'PROD' }))).toMatchObject({ code: 'InvalidStageName', statusCode: 400 });
  });

  it('when filtering, then GroupId, ApiId, ApiName (case-insensitive part), ApiPath, ApiMethod and the group Tag apply', async () => {
    expect(await deployedNames({ groupId: catalog.groupId })).toHaveLength(6);
    expect(await deployedNames({ groupId: status.groupId, stageName: 'PRE' })).toEqual([]);
    expect(await deployedNames({ apiId: orders.apiIds.cancel_order })).toEqual(['cancel_order']);
    expect((await deployedNames({ apiName: 'CHARGE' })).sort()).toEqual(['create_charge', 'get_charge', 'list_charges', 'refund_charge']);
    expect((await deployedNames({ apiPath: '/v1/charges' })).sort()).toEqual(['create_charge', 'list_charges']);
    expect((await deployedNames({ apiMethod: 'delete' })).sort()).toEqual(['delete_session']);
    expect((await deployedNames({ groupId: identity.groupId, apiMethod: 'PUT' })).sort()).toEqual(['update_user']);
    expect(await deployedNames({ tag: [new cloudapi.DescribeDeployedApisRequestTag({ key: 'team', value: 'orders' })] })).toHaveLength(6);
    expect(await deployedNames({ apiId: DEAD_GROUP })).toEqual([]);
  });

  it('when the group is unknown, then it answers NotFoundApiGroup (400)', async () => {
    expect(await sdkError(deployed({ groupId: DEAD_GROUP }))).toMatchObject({ code: 'NotFoundApiGroup', statusCode: 400 });
  });

  it('when paging, then pages partition the stage and TotalCount stays; PageSize is 1..100', async () => {
    const seen: string[] = [];
    for (let pageNumber = 1; pageNumber <= 4; pageNumber++) {
      const res = await deployed({ pageSize: 7, pageNumber });
      expect(res.body?.totalCount).toBe(26);
      seen.push(...(res.body?.deployedApis?.deployedApiItem?.map((a) => a.apiId ?? '') ?? []));
    }
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);
    const past = await deployed({ pageSize: 7, pageNumber: 5 });
    expect(past.body).toMatchObject({ totalCount: 26, pageNumber: 5, pageSize: 7 });
    expect(past.body?.deployedApis?.deployedApiItem).toEqual([]);
    expect(await sdkError(deployed({ pageSize: 101 }))).toMatchObject({ code: 'InvalidPageSize', statusCode: 400 });
    expect(await sdkError(deployed({ pageNumber: -1 }))).toMatchObject({ code: 'InvalidPageNumber', statusCode: 400 });
  });

  it('when called as a raw V1 request, then the wire names are the documented ones', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeDeployedApis', PageSize: '1' } });
    expect(Object.keys(res.json).sort()).toEqual(['DeployedApis', 'PageNumber', 'PageSize', 'RequestId', 'TotalCount']);
    const [item] = (res.json.DeployedApis as { DeployedApiItem: Record<string, unknown>[] }).DeployedApiItem;
    expect(Object.keys(item ?? {}).sort()).toEqual(
      ['ApiId', 'ApiMethod', 'ApiName', 'ApiPath', 'DeployedTime', 'Description', 'GroupId', 'GroupName', 'RegionId', 'StageName', 'Visibility'].sort(),
    );
  });
});

describe('DescribeApiIpControls', () => {
  it('when asked for a group and stage, then it lists the APIs that have an ACL, with the ACL and BoundTime', async () => {
    const res = await apiAcls({ groupId: payments.groupId, stageName: 'RELEASE', pageSize: 100 });
    expect(res.body).toMatchObject({ totalCount: 6, pageNumber: 1, pageSize: 100 });
    const balance = res.body?.apiIpControls?.apiIpControlItem?.find((a) => a.apiName === 'get_balance');
    expect(balance).toEqual({
      apiId: payments.apiIds.get_balance,
      apiName: 'get_balance',
      ipControlId: partners.ipControlId,
      ipControlName: 'portico_partner_allowlist',
      boundTime: '2026-01-08T09:30:00Z',
    });
    expect(await aclNames({ groupId: catalog.groupId, stageName: 'release' })).toEqual(['search_products']);
    const identityAcls = await apiAcls({ groupId: identity.groupId, stageName: 'RELEASE', pageSize: 100 });
    expect(new Set(identityAcls.body?.apiIpControls?.apiIpControlItem?.map((a) => a.ipControlId))).toEqual(new Set([blocklist.ipControlId]));
    expect(await aclNames({ groupId: status.groupId, stageName: 'RELEASE' })).toEqual([]);
    expect(await aclNames({ groupId: orders.groupId, stageName: 'TEST' })).toEqual([]);
  });

  it('when ApiIds are given, then only those APIs are looked at; more than 100 answers InvalidApiIds', async () => {
    const ids = [payments.apiIds.get_charge, payments.apiIds.list_charges, catalog.apiIds.get_product].join(',');
    expect((await aclNames({ groupId: payments.groupId, stageName: 'RELEASE', apiIds: ids })).sort()).toEqual(['get_charge', 'list_charges']);
    const many = Array.from({ length: 101 }, (_, i) => `api${i}`).join(',');
    expect(await sdkError(apiAcls({ groupId: payments.groupId, stageName: 'RELEASE', apiIds: many }))).toMatchObject({
      code: 'InvalidApiIds',
      statusCode: 400,
    });
  });

  it('when GroupId or StageName is missing or wrong, then it answers Missing*/NotFoundApiGroup/InvalidStageName', async () => {
    expect(await sdkError(apiAcls({ stageName: 'RELEASE' }))).toMatchObject({ code: 'MissingGroupId', statusCode: 400 });
    expect(await sdkError(apiAcls({ groupId: payments.groupId }))).toMatchObject({ code: 'MissingStageName', statusCode: 400 });
    expect(await sdkError(apiAcls({ groupId: DEAD_GROUP, stageName: 'RELEASE' }))).toMatchObject({ code: 'NotFoundApiGroup', statusCode: 400 });
    expect(await sdkError(apiAcls({ groupId: payments.groupId, stageName: 'LIVE' }))).toMatchObject({ code: 'InvalidStageName', statusCode: 400 });
  });

  it('when paging, then pages partition the bound APIs and PageSize is 1..100', async () => {
    const first = await apiAcls({ groupId: orders.groupId, stageName: 'RELEASE', pageSize: 4 });
    const second = await apiAcls({ groupId: orders.groupId, stageName: 'RELEASE', pageSize: 4, pageNumber: 2 });
    expect([first.body?.totalCount, second.body?.totalCount]).toEqual([6, 6]);
    expect([first.body?.apiIpControls?.apiIpControlItem?.length, second.body?.apiIpControls?.apiIpControlItem?.length]).toEqual([4, 2]);
    expect(await sdkError(apiAcls({ groupId: orders.groupId, stageName: 'RELEASE', pageSize: 101 }))).toMatchObject({ code: 'InvalidPageSize' });
  });

  it('when published APIs are compared with their ACLs, then the unprotected ones are the seed findings', async () => {
    const groupIds = ((await groups({ pageSize: 50 })).body?.apiGroupAttributes?.apiGroupAttribute ?? []).map((g) => g.groupId ?? '');
    for (const stageName of STAGE_NAMES) {
      const guarded = new Set<string>();
      for (const groupId of groupIds) for (const name of await aclNames({ groupId, stageName })) guarded.add(name);
      const unprotected = (await deployedNames({ stageName })).filter((name) => !guarded.has(name));
      expect(unprotected.sort()).toEqual([...SEED.findings.unprotected[stageName]].sort());
    }
    expect(SEED.findings.unprotected.RELEASE).toEqual(['list_products', 'get_product', 'list_categories', 'get_inventory', 'update_price', 'get_status', 'list_incidents']);
  });
});

describe('listings and the emulator layers', () => {
  it('when the new operations are called, then stats count them and faults apply to them', async () => {
    await hook(emulator, 'POST', 'stats/reset');
    await groups();
    await deployed();
    await apiAcls({ groupId: payments.groupId, stageName: 'RELEASE' });
    expect((await hook(emulator, 'GET', 'stats')).json).toEqual({ calls: { DescribeApiGroups: 1, DescribeDeployedApis: 1, DescribeApiIpControls: 1 } });
    await hook(emulator, 'POST', 'faults', { operation: 'DescribeDeployedApis', kind: 'throttle', count: 1 });
    await hook(emulator, 'POST', 'faults', { operation: 'DescribeApiGroups', kind: 'error5xx', count: 1 });
    expect(await sdkError(deployed())).toMatchObject({ code: 'Throttling.User', statusCode: 400 });
    expect(await sdkError(groups())).toMatchObject({ code: 'ServiceUnavailable', statusCode: 503 });
    expect((await deployed()).statusCode).toBe(200);
    expect((await hook(emulator, 'GET', 'stats')).json).toMatchObject({ calls: { DescribeApiGroups: 1, DescribeDeployedApis: 2 } });
  });
});

describe('seed facts', () => {
  const state = new ApiGatewayRegionState(SEED.accountId, SEED.regionId);
  seedApiGateway(1)(state);
  const apiName = (apiId: string) => state.apis.get(apiId)?.apiName ?? apiId;

  it('when the seed is built, then every binding names an API published in that stage', () => {
    const bindings = [
      ...[...state.bindingsByVpcAccessName.values()].flat(),
      ...[...state.ipControlBindings.values()].flat(),
      ...[...state.backendBindings.values()].flat().flatMap((b) => (b.stageName ? [{ apiId: b.apiId, stageName: b.stageName }] : [])),
    ];
    const backendUses = Object.values(SEED.backends).reduce((n, b) => n + b.publishedApiCount.TEST + b.publishedApiCount.PRE + b.publishedApiCount.RELEASE, 0);
    expect(bindings).toHaveLength(SEED.perReplica.bindings + SEED.perReplica.ipControlBindings + backendUses);
    for (const b of bindings) expect(state.deployment(b.stageName, b.apiId), `${apiName(b.apiId)} in ${b.stageName}`).toBeDefined();
  });

  it('when the seed is built, then some published APIs use neither a VPC authorization nor a backend service', () => {
    for (const stageName of STAGE_NAMES) {
      const used = new Set<string>();
      for (const b of [...state.bindingsByVpcAccessName.values()].flat()) if (b.stageName === stageName) used.add(b.apiId);
      for (const b of [...state.backendBindings.values()].flat()) if (b.stageName === stageName) used.add(b.apiId);
      const free = state
        .deployedIn(stageName)
        .filter((d) => !used.has(d.apiId))
        .map((d) => apiName(d.apiId));
      expect(free.sort()).toEqual([...SEED.findings.withoutVpcOrBackend[stageName]].sort());
    }
    expect(SEED.findings.withoutVpcOrBackend.RELEASE).toEqual(['get_status', 'list_incidents']);
    expect(SEED.perReplica.deployed).toEqual({ TEST: 26, PRE: 21, RELEASE: 26 });
  });
});
