import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inventory } from '@portico/contracts/bindings';
import { openDatabase, type Database } from '../../db/database.ts';
import { ephemeralStore, type TestStore } from '../../testing/store.ts';
import { InventoryStore } from './inventory-store.ts';

let testStore: TestStore;
let database: Database;
let store: InventoryStore;

// PGlite in memory, or a fresh PostgreSQL database where SKIP LOCKED and the unique index race for real.
beforeAll(async () => {
  testStore = await ephemeralStore();
  database = await openDatabase({ databaseUrl: testStore.databaseUrl });
  store = new InventoryStore(database.db);
});
afterAll(async () => {
  await database.close();
  await testStore.cleanup();
});

const inventoryOf = (profile: string): Inventory => ({
  profile,
  asOf: new Date().toISOString(),
  durationMs: 1,
  cloudCalls: 1,
  apis: [],
  resources: [],
  bindings: [],
  findings: [],
  gaps: [],
});

const newJob = (profile: string, owner: string, ttlMs = 60_000) => store.startOrJoin(randomUUID(), profile, owner, ttlMs);

describe('inventory jobs in the database', () => {
  it('when two instances refresh the same profile, then both get the one running job', async () => {
    const [first, second] = await Promise.all([newJob('p-join', 'a'), newJob('p-join', 'b')]);
    expect(first.state.job.id).toBe(second.state.job.id);
    expect([first.started, second.started].sort()).toEqual([false, true]);
  });

  it('when a job ends, then the next refresh starts a new one', async () => {
    const { state } = await newJob('p-next', 'a');
    await store.complete(state.job.id, 'a', inventoryOf('p-next'));
    const next = await newJob('p-next', 'a');
    expect(next.started).toBe(true);
    expect(next.state.job.id).not.toBe(state.job.id);
  });

  it('when a builder stops renewing its lease, then another claims the job and the first one can no longer write', async () => {
    const { state } = await newJob('p-orphan', 'dead', 50);
    expect(await store.claimOrphan('alive', 60_000)).toBeUndefined();
    await sleep(80);
    const claimed = await store.claimOrphan('alive', 60_000);
    expect(claimed?.job).toMatchObject({ id: state.job.id, status: 'running', done: 0 });
    expect(claimed!.seq).toBeGreaterThan(state.seq);
    expect(await store.progress(state.job.id, 'dead', { phase: 'late', done: 5, total: 9 })).toBeUndefined();
    expect(await store.complete(state.job.id, 'dead', inventoryOf('p-orphan'))).toBeUndefined();
    expect(await store.renew(state.job.id, 'dead', 60_000)).toBe(false);
    expect(await store.latest('p-orphan')).toBeUndefined();
    const done = await store.complete(state.job.id, 'alive', inventoryOf('p-orphan'));
    expect(done?.job.status).toBe('completed');
    expect((await store.latest('p-orphan'))?.jobId).toBe(state.job.id);
  });

  it('when two instances sweep at once, then each orphan goes to exactly one of them', async () => {
    const orphans = await Promise.all(['q1', 'q2', 'q3'].map((p) => newJob(p, 'gone', 1)));
    await sleep(20);
    const claims = await Promise.all(Array.from({ length: 6 }, (_, i) => store.claimOrphan(`sweeper-${i}`, 60_000)));
    const claimed = claims.flatMap((c) => (c ? [c.job.id] : []));
    expect(claimed.sort()).toEqual(orphans.map((o) => o.state.job.id).sort());
  });

  it('when finished jobs are older than the keep time, then they are pruned and their inventory stays', async () => {
    const { state } = await newJob('p-prune', 'a');
    await store.complete(state.job.id, 'a', inventoryOf('p-prune'));
    expect(await store.prune(60_000)).toBe(0);
    await sleep(20);
    expect(await store.prune(10)).toBeGreaterThanOrEqual(1);
    expect(await store.get(state.job.id)).toBeUndefined();
    expect((await store.latest('p-prune'))?.jobId).toBe(state.job.id);
  });
});
