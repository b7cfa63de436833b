import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from './services/apigateway/seed.ts';
import { startEmulator, type RunningEmulator } from './server.ts';
import { cloudapi, hook, rawV1, sdkClient } from './testing/alibaba.ts';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seedScale: 3 });
});

afterAll(async () => {
  await emulator.close();
});

describe('startEmulator', () => {
  it('when started on port 0, then it reports a loopback url and an SDK endpoint', () => {
    expect(emulator.port).toBeGreaterThan(0);
    expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}`);
    expect(emulator.endpoint).toBe(`127.0.0.1:${emulator.port}`);
  });

  it('when seedScale is 3, then there are three times the authorizations and bindings, ids stable', async () => {
    const client = sdkClient(emulator);
    const res = await client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({ pageSize: 100 }));
    expect(res.body?.totalCount).toBe(3 * SEED.perReplica.vpcAccesses);
    const names = res.body?.vpcAccessAttributes?.vpcAccessAttribute?.map((a) => a.name) ?? [];
    expect(names).toContain(`${SEED.vpcAccess.busy.name}-3`);
    const busy = res.body?.vpcAccessAttributes?.vpcAccessAttribute?.find((a) => a.name === SEED.vpcAccess.busy.name);
    expect(busy?.vpcAccessId).toBe(SEED.vpcAccess.busy.vpcAccessId);
    const apis = await client.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({}));
    expect(apis.body?.totalCount).toBe(3 * SEED.perReplica.bindings);
  });

  it('when seedScale is 3, then ACLs, their policies and bindings, backends and models are tripled too', async () => {
    const client = sdkClient(emulator);
    const acls = await client.describeIpControls(new cloudapi.DescribeIpControlsRequest({ pageSize: 100 }));
    expect(acls.body?.totalCount).toBe(3 * SEED.perReplica.ipControls);
    const names = acls.body?.ipControlInfos?.ipControlInfo?.map((a) => a.ipControlName) ?? [];
    expect(names).toContain(`${SEED.ipControls.partners.name}_3`);
    const ids = new Set<string>();
    for (const acl of acls.body?.ipControlInfos?.ipControlInfo ?? []) {
      const items = await client.describeIpControlPolicyItems(new cloudapi.DescribeIpControlPolicyItemsRequest({ ipControlId: acl.ipControlId ?? '', pageSize: 100 }));
      for (const item of items.body?.ipControlPolicyItems?.ipControlPolicyItem ?? []) ids.add(item.policyItemId ?? '');
    }
    expect(ids.size).toBe(3 * SEED.perReplica.policyItems);
    const backends = await client.describeBackendList(new cloudapi.DescribeBackendListRequest({ pageSize: 100, backendName: '*-3' }));
    expect(backends.body?.totalCount).toBe(SEED.perReplica.backends);
    const all = await client.describeBackendList(new cloudapi.DescribeBackendListRequest({}));
    expect(all.body?.totalCount).toBe(3 * SEED.perReplica.backends);
  });

  it('when seedScale is 3, then groups, published APIs and the unprotected ones are tripled', async () => {
    const client = sdkClient(emulator);
    const groups = await client.describeApiGroups(new cloudapi.DescribeApiGroupsRequest({ pageSize: 50 }));
    expect(groups.body?.totalCount).toBe(3 * SEED.perReplica.groups);
    const groupIds = groups.body?.apiGroupAttributes?.apiGroupAttribute?.map((g) => g.groupId ?? '') ?? [];
    expect(groups.body?.apiGroupAttributes?.apiGroupAttribute?.map((g) => g.groupName)).toContain(`${SEED.groups.status.groupName}_3`);
    for (const stageName of ['TEST', 'PRE', 'RELEASE'] as const) {
      const published = await client.describeDeployedApis(new cloudapi.DescribeDeployedApisRequest({ stageName, pageSize: 100 }));
      expect(published.body?.totalCount).toBe(3 * SEED.perReplica.deployed[stageName]);
      let guarded = 0;
      for (const groupId of groupIds) {
        const acls = await client.describeApiIpControls(new cloudapi.DescribeApiIpControlsRequest({ groupId, stageName }));
        guarded += acls.body?.totalCount ?? 0;
      }
      expect((published.body?.totalCount ?? 0) - guarded).toBe(3 * SEED.findings.unprotected[stageName].length);
    }
  });

  it('when another region is asked for, then it starts empty', async () => {
    const res = await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses', RegionId: 'cn-shanghai' } });
    expect(res.status).toBe(200);
    expect(res.json.TotalCount).toBe(0);
  });

  it('when a path other than / or the hooks is asked for, then it answers 404', async () => {
    expect((await fetch(`${emulator.url}/v1/nothing`)).status).toBe(404);
    expect((await hook(emulator, 'GET', 'health')).json).toEqual({ ok: true });
    expect((await hook(emulator, 'GET', 'nope')).status).toBe(404);
  });
});

describe('seed scale 420', () => {
  it('when seedScale is 420, then about 10,000 APIs are published in RELEASE and a full DescribeDeployedApis walk sees every one once', async () => {
    const big = await startEmulator({ port: 0, seedScale: 420 });
    try {
      const client = sdkClient(big);
      const seen = new Set<string>();
      let total = 0;
      for (let pageNumber = 1; pageNumber === 1 || seen.size < total; pageNumber++) {
        const res = await client.describeDeployedApis(new cloudapi.DescribeDeployedApisRequest({ pageNumber, pageSize: 100 }));
        total = res.body?.totalCount ?? 0;
        const items = res.body?.deployedApis?.deployedApiItem ?? [];
        if (items.length === 0) break;
        for (const item of items) seen.add(item.apiId ?? '');
      }
      expect(total).toBe(420 * SEED.perReplica.deployed.RELEASE);
      expect(seen.size).toBe(total);
    } finally {
      await big.close();
    }
  }, 30_000);
});
