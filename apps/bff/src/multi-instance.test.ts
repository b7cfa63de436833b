import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { startEmulator, type RunningEmulator } from '@portico/cloud-emulator/server';
import { AuditList } from '@portico/contracts/audit';
import type { TaskEvent } from '@portico/contracts/tasks';
import { ModifiedVpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { start, type RunningBff } from './server.ts';
import { ApiClient } from './testing/client.ts';
import { quickBffOptions, TEST_ADMIN_PASSWORD } from './testing/harness.ts';
import { spawnBff, type SpawnedBff } from './testing/spawn-bff.ts';
import { collectTaskEvents } from './testing/sse.ts';
import { persistentStore, postgresUrl, type TestStore } from './testing/store.ts';

/** Several instances share one PostgreSQL: without one (the PGlite run) there is nothing to share. */
describe.skipIf(!postgresUrl)('two instances on one PostgreSQL', () => {
  let emulator: RunningEmulator;
  let store: TestStore;
  let a: SpawnedBff;
  let b: RunningBff;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, taskStepMs: 250 });
    store = await persistentStore();
    a = await spawnBff({ databaseUrl: store.databaseUrl!, emulatorEndpoint: emulator.endpoint });
    b = await start({ ...quickBffOptions(emulator), databaseUrl: store.databaseUrl });
  });

  afterAll(async () => {
    await a.kill();
    await b.stop();
    await emulator.close();
    await store.cleanup();
  });

  it('when A starts a batch update and dies mid-task, then B takes it over and its watchers see every API exactly once', async () => {
    const throughA = new ApiClient(a.url);
    await throughA.signIn('admin', TEST_ADMIN_PASSWORD);
    // Sessions live in the database: the same cookie works on B.
    const throughB = new ApiClient(b.url);
    throughB.cookie = throughA.cookie;
    throughB.csrfToken = throughA.csrfToken;
    expect((await throughB.request('GET', '/api/session')).status).toBe(200);

    const busy = SEED.vpcAccess.busy;
    const put = await throughA.request('PUT', `/api/vpc-authorizations/${busy.name}`, { vpcId: busy.vpcId, instanceId: 'i-multi01', port: 8181 });
    expect(put.status, put.text).toBe(200);
    const task = ModifiedVpcAuthorization.parse(put.body).task!;

    const watching = collectTaskEvents(throughB, task.id, { timeoutMs: 60_000 });
    const firstEvents = await collectTaskEvents(throughB, task.id, { stopAfter: 4, timeoutMs: 30_000 });
    expect(firstEvents.length).toBe(4);
    await a.kill();
    const events: TaskEvent[] = await watching;

    expect(events.at(-1)?.type).toBe('completed');
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const ended = events.flatMap((e) => (e.type === 'progress' && (e.api.status === 'succeeded' || e.api.status === 'failed') ? [`${e.api.apiId}|${e.api.stageName}`] : []));
    expect(new Set(ended).size).toBe(ended.length);
    expect(ended.length).toBe(task.counts.total);

    const [event] = AuditList.parse((await throughB.request('GET', `/api/audit?target=${busy.name}`)).body).items;
    expect(event).toMatchObject({ taskId: task.id, result: 'succeeded' });
    await expect.poll(async () => AuditList.parse((await throughB.request('GET', `/api/audit?target=${busy.name}`)).body).items[0]?.taskOutcome).toBe('completed');
  });
});
