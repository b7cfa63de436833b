import { setTimeout as sleep } from 'node:timers/promises';
import type { Options } from 'express-rate-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database.ts';
import { ephemeralStore, type TestStore } from '../../testing/store.ts';
import { AttemptStore } from './attempt-store.ts';

let store: TestStore;
let database: Database;
beforeAll(async () => {
  store = await ephemeralStore();
  database = await openDatabase({ databaseUrl: store.databaseUrl });
});
afterAll(async () => {
  await database.close();
  await store.cleanup();
});

const withWindow = (attempts: AttemptStore, windowMs: number) => {
  attempts.init({ windowMs } as Options);
  return attempts;
};

describe('AttemptStore', () => {
  it('when a key is hit, then the count grows within its window and starts again after it', async () => {
    const attempts = withWindow(new AttemptStore(database.db, 'test:'), 300);
    expect((await attempts.increment('a')).totalHits).toBe(1);
    const second = await attempts.increment('a');
    expect(second.totalHits).toBe(2);
    expect(second.resetTime!.getTime()).toBeGreaterThan(Date.now() - 1_000);
    await sleep(400);
    expect((await attempts.increment('a')).totalHits).toBe(1);
  });

  it('when two stores (two instances) count one key, then they count together, and prefixes keep limiters apart', async () => {
    const onA = withWindow(new AttemptStore(database.db, 'account:'), 60_000);
    const onB = withWindow(new AttemptStore(database.db, 'account:'), 60_000);
    const byAddress = withWindow(new AttemptStore(database.db, 'address:'), 60_000);
    await onA.increment('alice');
    await onB.increment('alice');
    expect((await onA.increment('alice')).totalHits).toBe(3);
    expect((await byAddress.increment('alice')).totalHits).toBe(1);
  });

  it('when decremented or reset, then the count follows', async () => {
    const attempts = withWindow(new AttemptStore(database.db, 'test:'), 60_000);
    await attempts.increment('b');
    await attempts.increment('b');
    await attempts.decrement('b');
    expect((await attempts.increment('b')).totalHits).toBe(2);
    await attempts.resetKey('b');
    expect((await attempts.increment('b')).totalHits).toBe(1);
  });
});
