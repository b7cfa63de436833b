import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TaskApiResult } from '@portico/contracts/tasks';
import { openDatabase, type Database } from '../../db/database.ts';
import { TaskStore } from './task-store.ts';

let database: Database;
let store: TaskStore;

beforeAll(async () => {
  database = await openDatabase({});
  store = new TaskStore(database.db);
});
afterAll(async () => {
  await database.close();
});

const api = (apiId: string, status: TaskApiResult['status']): TaskApiResult => ({
  apiId,
  apiName: apiId,
  groupId: 'g',
  groupName: 'g',
  stageId: 's',
  stageName: 'RELEASE',
  status,
});

async function newTask(apis: TaskApiResult[]) {
  const { task } = await store.create({
    id: randomUUID(),
    kind: 'vpc-authorization-update',
    cloud: 'alibaba',
    profile: 'p',
    operationId: 'op',
    targetName: 't',
    apis,
  });
  return task;
}

describe('TaskStore', () => {
  it('when polls report progress, then events are numbered in order and end with completed', async () => {
    const task = await newTask([api('a', 'pending'), api('b', 'pending')]);
    await store.applyPoll(task.id, [api('a', 'succeeded'), api('b', 'running')]);
    const last = await store.applyPoll(task.id, [api('a', 'succeeded'), api('b', 'succeeded')]);
    expect(last.task.status).toBe('completed');
    const events = await store.eventsAfter(task.id, 0);
    expect(events.map((e) => `${e.seq}:${e.type}`)).toEqual(['1:started', '2:progress', '3:progress', '4:progress', '5:completed']);
    expect((await store.eventsAfter(task.id, 3)).map((e) => e.seq)).toEqual([4, 5]);
  });

  it('when the same poll is applied twice at once, then no event is written twice', async () => {
    const task = await newTask([api('a', 'pending')]);
    await Promise.all([store.applyPoll(task.id, [api('a', 'succeeded')]), store.applyPoll(task.id, [api('a', 'succeeded')])]);
    const events = await store.eventsAfter(task.id, 0);
    expect(events.map((e) => e.type)).toEqual(['started', 'progress', 'completed']);
  });

  it('when an API fails, then the task ends failed with the counts', async () => {
    const task = await newTask([api('a', 'pending'), api('b', 'pending')]);
    const { task: after } = await store.applyPoll(task.id, [api('a', 'succeeded'), { ...api('b', 'failed'), message: 'backend refused' }]);
    expect(after.status).toBe('failed');
    expect(after.counts).toEqual({ total: 2, succeeded: 1, failed: 1, pending: 0 });
  });

  it('when one instance holds the lease, then another cannot take it until it expires', async () => {
    const task = await newTask([api('a', 'pending')]);
    expect(await store.acquireLease(task.id, 'A', 200)).toBe(true);
    expect(await store.acquireLease(task.id, 'B', 200)).toBe(false);
    expect(await store.acquireLease(task.id, 'A', 200)).toBe(true);
    await sleep(300);
    expect(await store.orphaned('B')).toContain(task.id);
    expect(await store.acquireLease(task.id, 'B', 200)).toBe(true);
    await store.releaseLease(task.id, 'B');
    expect(await store.acquireLease(task.id, 'A', 200)).toBe(true);
  });
});
