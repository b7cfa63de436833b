import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../server.ts';
import { SEED } from '../services/apigateway/seed.ts';
import { cloudapi, hook, sdkClient } from '../testing/alibaba.ts';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskStepMs: 50 });
});

afterAll(async () => {
  await emulator.close();
});

interface Schedule {
  startedAt: number;
  stepMs: number;
  items: { apiId: string; stageName: string; outcome: string; runningAt: number; endedAt: number }[];
}

describe('GET /__emulator/tasks/:operationId', () => {
  it('when a batch update runs, then its schedule lists each API in the order DescribeUpdateVpcInfoTask reports them', async () => {
    const client = sdkClient(emulator);
    const { busy } = SEED.vpcAccess;
    const before = Date.now();
    const modified = await client.modifyVpcAccessAndUpdateApis(
      new cloudapi.ModifyVpcAccessAndUpdateApisRequest({ name: busy.name, vpcId: busy.vpcId, instanceId: busy.instanceId, port: 9321, needBatchWork: true }),
    );
    const operationId = modified.body?.operationId ?? '';
    const { status, json } = await hook(emulator, 'GET', `tasks/${operationId}`);
    expect(status).toBe(200);
    const schedule = json as unknown as Schedule;
    expect(schedule.startedAt).toBeGreaterThanOrEqual(before);
    expect(schedule.stepMs).toBe(50);
    expect(schedule.items).toHaveLength(24);
    expect(schedule.items[2]).toMatchObject({ runningAt: schedule.startedAt + 100, endedAt: schedule.startedAt + 150, outcome: 'success' });

    const described = await client.describeUpdateVpcInfoTask(new cloudapi.DescribeUpdateVpcInfoTaskRequest({ operationUid: operationId }));
    const order = described.body?.apiUpdateVpcInfoResults?.apiUpdateVpcInfoResult?.map((r) => `${r.apiUid}/${r.stageName}`);
    expect(schedule.items.map((i) => `${i.apiId}/${i.stageName}`)).toEqual(order);
  });

  it('when a start delay is configured, then the task waits queued (every API init) and its schedule starts later', async () => {
    const client = sdkClient(emulator);
    const { quiet } = SEED.vpcAccess;
    expect((await hook(emulator, 'POST', 'config', { taskStartDelayMs: -1 })).status).toBe(400);
    await hook(emulator, 'POST', 'config', { taskStartDelayMs: 5_000 });
    try {
      const before = Date.now();
      const modified = await client.modifyVpcAccessAndUpdateApis(
        new cloudapi.ModifyVpcAccessAndUpdateApisRequest({ name: quiet.name, vpcId: quiet.vpcId, instanceId: quiet.instanceId, port: 9322, needBatchWork: true }),
      );
      const operationId = modified.body?.operationId ?? '';
      const schedule = (await hook(emulator, 'GET', `tasks/${operationId}`)).json as unknown as Schedule;
      expect(schedule.startedAt).toBeGreaterThanOrEqual(before + 5_000);
      const described = await client.describeUpdateVpcInfoTask(new cloudapi.DescribeUpdateVpcInfoTaskRequest({ operationUid: operationId }));
      expect(described.body?.apiUpdateVpcInfoResults?.apiUpdateVpcInfoResult?.map((r) => r.updateStatus)).toEqual(['init', 'init', 'init']);
    } finally {
      await hook(emulator, 'POST', 'config', { taskStartDelayMs: 0 });
    }
  });

  it('when the operation is unknown, then 404', async () => {
    expect((await hook(emulator, 'GET', 'tasks/0123456789abcdef0123456789abcdef')).status).toBe(404);
  });
});
