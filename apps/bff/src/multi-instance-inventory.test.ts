import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@portico/cloud-emulator/server';
import { Inventory } from '@portico/contracts/bindings';
import { routes } from '@portico/contracts/routes';
import { start, type RunningBff } from './server.ts';
import { ApiClient } from './testing/client.ts';
import { quickBffOptions, TEST_ADMIN_PASSWORD } from './testing/harness.ts';
import { followInventoryJob, startInventoryBuild } from './testing/inventory.ts';
import { spawnBff, type SpawnedBff } from './testing/spawn-bff.ts';
import { persistentStore, postgresUrl, type TestStore } from './testing/store.ts';

/** Several instances share one PostgreSQL: without one (the PGlite run) there is nothing to share. */
describe.skipIf(!postgresUrl)('the bindings inventory on two instances of one PostgreSQL', () => {
  let emulator: RunningEmulator;
  let store: TestStore;
  let a: SpawnedBff;
  let b: RunningBff;
  let throughA: ApiClient;
  let throughB: ApiClient;

  const emulatorHook = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(emulator.url + path, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return (await response.json()) as unknown;
  };
  /** Slow listings make a build last seconds instead of milliseconds. */
  const slowListings = (latencyMs: number) =>
    Promise.all(['DescribeDeployedApis', 'DescribeApisByBackend'].map((operation) => emulatorHook('POST', '/__emulator/faults', { operation, kind: 'latency', latencyMs })));
  const groupListings = async () => ((await emulatorHook('GET', '/__emulator/stats')) as { calls: Record<string, number> }).calls.DescribeApiGroups ?? 0;
  const inventoryOn = async (client: ApiClient) => Inventory.parse((await client.request(routes.getInventory.method, routes.getInventory.path)).body);

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    store = await persistentStore();
    a = await spawnBff({ databaseUrl: store.databaseUrl!, emulatorEndpoint: emulator.endpoint });
    // B has only A's Alibaba profile, so both build the same inventory.
    const [alibaba] = quickBffOptions(emulator).profiles;
    b = await start({ ...quickBffOptions(emulator), profiles: [alibaba!], databaseUrl: store.databaseUrl });
    throughA = new ApiClient(a.url);
    await throughA.signIn('admin', TEST_ADMIN_PASSWORD);
    throughB = new ApiClient(b.url);
    throughB.cookie = throughA.cookie;
    throughB.csrfToken = throughA.csrfToken;
  });

  afterAll(async () => {
    await a.kill();
    await b.stop();
    await emulator.close();
    await store.cleanup();
  });

  it('when a build starts on A, then a refresh on B joins it, B follows it to the end, and the clouds are crawled once', async () => {
    await slowListings(100);
    const listingsBefore = await groupListings();
    const job = await startInventoryBuild(throughA);
    expect((await startInventoryBuild(throughB)).id).toBe(job.id);

    const events = await followInventoryJob(throughB, job.id, { timeoutMs: 60_000 });

    expect(events.at(-1)?.job).toMatchObject({ id: job.id, status: 'completed' });
    const ids = events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await groupListings()).toBe(listingsBefore + 1);
    const [onA, onB] = await Promise.all([inventoryOn(throughA), inventoryOn(throughB)]);
    expect(onB.apis.length).toBeGreaterThan(20);
    expect(onB.asOf).toBe(onA.asOf);
  });

  it('when A is killed mid-build, then B takes the job over and its watcher sees it finish', async () => {
    await slowListings(400);
    const before = await inventoryOn(throughB);
    const listingsBefore = await groupListings();
    const job = await startInventoryBuild(throughA);
    const early = await followInventoryJob(throughB, job.id, { stopAfter: (e) => e.job.done > 0, timeoutMs: 30_000 });
    expect(early.at(-1)?.job.status).toBe('running');
    await a.kill();

    const rest = await followInventoryJob(throughB, job.id, { lastEventId: early.at(-1)!.id, timeoutMs: 60_000 });

    expect(rest.at(-1)?.job).toMatchObject({ id: job.id, status: 'completed' });
    // A listed the groups once before it died; B started the build again from the beginning.
    expect(await groupListings()).toBe(listingsBefore + 2);
    expect(Number(rest[0]!.id)).toBeGreaterThan(Number(early.at(-1)!.id));
    const after = await inventoryOn(throughB);
    expect(after.asOf > before.asOf).toBe(true);
    expect(after.apis.length).toBe(before.apis.length);
  });
});
