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
