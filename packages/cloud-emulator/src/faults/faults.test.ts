import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../server.ts';
import { cloudapi, type CloudApiClient, hook, rawV1, sdkClient, sdkError } from '../testing/alibaba.ts';
import { FaultInjector, parseFaultSpec } from './faults.ts';

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

const list = () => client.describeVpcAccesses(new cloudapi.DescribeVpcAccessesRequest({}));
const create = (name: string) => client.setVpcAccess(new cloudapi.SetVpcAccessRequest({ name, vpcId: 'vpc-fault01', instanceId: `i-${name}`, port: 80 }));

describe('fault hooks', () => {
  it('when throttle is set without a rate, then every call answers Throttling.User with HTTP 400', async () => {
    expect((await hook(emulator, 'POST', 'faults', { operation: 'DescribeVpcAccesses', kind: 'throttle' })).status).toBe(201);
    const error = await sdkError(list());
    expect(error).toMatchObject({ code: 'Throttling.User', statusCode: 400, name: 'ThrottlingError' });
    expect(error.data?.Message).toBe('Request was denied due to user flow control.');
    const other = await client.describeApisByVpcAccess(new cloudapi.DescribeApisByVpcAccessRequest({}));
    expect(other.statusCode).toBe(200);
  });

  it('when throttle has ratePerSecond, then calls beyond the bucket are throttled', async () => {
    await hook(emulator, 'POST', 'faults', { operation: '*', kind: 'throttle', ratePerSecond: 2 });
    const outcomes = [];
    for (let i = 0; i < 4; i++)
      outcomes.push(
        await list().then(
          () => 'ok',
          (e: { code?: string }) => e.code,
        ),
      );
    expect(outcomes).toEqual(['ok', 'ok', 'Throttling.User', 'Throttling.User']);
  });

  it('when throttle has ratePerSecond, then each operation has its own bucket', async () => {
    await hook(emulator, 'POST', 'faults', { operation: '*', kind: 'throttle', ratePerSecond: 1 });
    expect((await list()).statusCode).toBe(200);
    expect((await sdkError(list())).code).toBe('Throttling.User');
    const other = await client.describeApiGroups(new cloudapi.DescribeApiGroupsRequest({}));
    expect(other.statusCode).toBe(200);
  });

  it('when a burst client hammers a throttled operation, then it gets about ratePerSecond calls a second through', async () => {
    const rate = 25;
    await hook(emulator, 'POST', 'faults', { operation: 'DescribeDeployedApis', kind: 'throttle', ratePerSecond: rate });
    const call = () => client.describeDeployedApis(new cloudapi.DescribeDeployedApisRequest({ pageSize: 1 }));
    for (let i = 0; i < rate; i++) await call(); // empty the initial bucket
    let ok = 0;
    let throttled = 0;
    const started = Date.now();
    const worker = async () => {
      while (Date.now() - started < 1500) {
        await call().then(
          () => ok++,
          (e: { code?: string }) => {
            if (e.code !== 'Throttling.User') throw e;
            throttled++;
          },
        );
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    const seconds = (Date.now() - started) / 1000;
    expect(throttled).toBeGreaterThan(0);
    expect(ok / seconds).toBeGreaterThanOrEqual(0.9 * rate);
    expect(ok / seconds).toBeLessThanOrEqual(1.1 * rate + 1 / seconds);
  });

  it('when a fault has a count, then it applies to that many calls only', async () => {
    await hook(emulator, 'POST', 'faults', { operation: 'DescribeVpcAccesses', kind: 'throttle', count: 1 });
    expect((await sdkError(list())).code).toBe('Throttling.User');
    expect((await list()).statusCode).toBe(200);
    expect((await hook(emulator, 'GET', 'faults')).json.faults).toEqual([]);
  });

  it('when error5xx is set, then calls answer ServiceUnavailable with HTTP 503', async () => {
    await hook(emulator, 'POST', 'faults', { operation: '*', kind: 'error5xx', count: 1 });
    const error = await sdkError(list());
    expect(error).toMatchObject({ code: 'ServiceUnavailable', statusCode: 503 });
  });

  it('when drop is set, then the connection closes before the operation runs', async () => {
    await hook(emulator, 'POST', 'faults', { operation: 'SetVpcAccess', kind: 'drop', count: 1 });
    const error = await sdkError(create('dropped'));
    expect(error.code).not.toBe('SetVpcAccess');
    expect(error.statusCode).toBeUndefined();
    const names = (await list()).body?.vpcAccessAttributes?.vpcAccessAttribute?.map((a) => a.name);
    expect(names).not.toContain('dropped');
  });

  it('when drop-response is set, then the operation runs but its response is lost', async () => {
    await hook(emulator, 'POST', 'faults', { operation: 'SetVpcAccess', kind: 'drop-response', count: 1 });
    const error = await sdkError(create('lost-response'));
    expect(error.statusCode).toBeUndefined();
    const names = (await list()).body?.vpcAccessAttributes?.vpcAccessAttribute?.map((a) => a.name);
    expect(names).toContain('lost-response');
  });

  it('when latency is set, then the answer comes after the delay', async () => {
    await hook(emulator, 'POST', 'faults', { operation: 'DescribeVpcAccesses', kind: 'latency', latencyMs: 120 });
    const started = Date.now();
    expect((await list()).statusCode).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('when faults are deleted, then calls succeed again', async () => {
    await hook(emulator, 'POST', 'faults', { operation: '*', kind: 'error5xx' });
    expect((await hook(emulator, 'DELETE', 'faults')).status).toBe(200);
    expect((await list()).statusCode).toBe(200);
  });

  it('when a fault is malformed, then the hook answers 400', async () => {
    expect((await hook(emulator, 'POST', 'faults', { operation: '*', kind: 'explode' })).status).toBe(400);
    expect((await hook(emulator, 'POST', 'faults', { kind: 'drop' })).status).toBe(400);
    expect((await hook(emulator, 'POST', 'faults', { operation: '*', kind: 'latency' })).status).toBe(400);
  });
});

describe('stats and config hooks', () => {
  it('when calls are made, then stats count the authenticated calls that reached an operation', async () => {
    await list();
    await list();
    await create('counted');
    await rawV1(emulator, { params: { Action: 'DescribeVpcAccesses' }, accessKeySecret: 'wrong' });
    const { json } = await hook(emulator, 'GET', 'stats');
    expect(json).toEqual({ calls: { DescribeVpcAccesses: 2, SetVpcAccess: 1 } });
    await hook(emulator, 'POST', 'stats/reset');
    expect((await hook(emulator, 'GET', 'stats')).json).toEqual({ calls: {} });
  });

  it('when calls are throttled, then stats count them apart from the calls that ran', async () => {
    await hook(emulator, 'POST', 'faults', { operation: 'DescribeVpcAccesses', kind: 'throttle', count: 2 });
    await list().catch(() => undefined);
    await list().catch(() => undefined);
    await list();
    expect((await hook(emulator, 'GET', 'stats')).json).toEqual({ calls: { DescribeVpcAccesses: 1 }, throttled: { DescribeVpcAccesses: 2 } });
    await hook(emulator, 'POST', 'stats/reset');
    expect((await hook(emulator, 'GET', 'stats')).json).toEqual({ calls: {} });
  });

  it('when config is posted, then task behaviour changes and bad values are refused', async () => {
    const ok = await hook(emulator, 'POST', 'config', { taskStepMs: 5, taskFailRatio: 0.5 });
    expect(ok).toEqual({ status: 200, json: { taskStepMs: 5, taskFailRatio: 0.5 } });
    expect((await hook(emulator, 'POST', 'config', { taskFailRatio: 2 })).status).toBe(400);
    expect((await hook(emulator, 'POST', 'config', { taskStepMs: -1 })).status).toBe(400);
  });
});

describe('FaultInjector', () => {
  it('when the bucket refills over time, then throttled calls pass again', () => {
    const faults = new FaultInjector();
    faults.add(parseFaultSpec({ operation: 'X', kind: 'throttle', ratePerSecond: 1 }));
    expect(faults.decide('X', 0).outcome).toBe('proceed');
    expect(faults.decide('X', 10).outcome).toBe('throttle');
    expect(faults.decide('X', 1100).outcome).toBe('proceed');
    expect(faults.decide('Y', 1100).outcome).toBe('proceed');
  });

  it('when a rate applies to every operation, then each operation draws from its own bucket', () => {
    const faults = new FaultInjector();
    faults.add(parseFaultSpec({ operation: '*', kind: 'throttle', ratePerSecond: 2 }));
    expect([0, 1, 2].map((t) => faults.decide('X', t).outcome)).toEqual(['proceed', 'proceed', 'throttle']);
    expect([3, 4, 5].map((t) => faults.decide('Y', t).outcome)).toEqual(['proceed', 'proceed', 'throttle']);
    expect(faults.decide('X', 600).outcome).toBe('proceed');
  });

  it('when a fault names an alias of the operation, then it applies to that operation only', () => {
    const faults = new FaultInjector();
    faults.add(parseFaultSpec({ operation: 'ListServiceDetails', kind: 'error5xx' }));
    expect(faults.decide('ShowEndpointService', 0, ['ListServiceDetails']).outcome).toBe('error5xx');
    expect(faults.decide('ShowEndpointService', 0).outcome).toBe('proceed');
    expect(faults.decide('ListEndpointServices', 0, ['ListEndpointService']).outcome).toBe('proceed');
  });
});
