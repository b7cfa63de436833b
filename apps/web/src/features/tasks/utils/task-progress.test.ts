import { describe, expect, it } from 'vitest';
import type { Task, TaskApiResult, TaskEvent } from '@portico/contracts/tasks';
import { apiResult as api, TASK_ID, taskOf as task } from '@/testing/task-fixtures';
import { displayCounts, initialTaskProgress, percentDone, taskProgressReducer, type TaskProgressState } from './task-progress';

const progress = (seq: number, a: TaskApiResult, done: { succeeded: number; failed: number; total?: number }): TaskEvent => {
  const total = done.total ?? 3;
  return {
    type: 'progress',
    seq,
    taskId: TASK_ID,
    api: a,
    counts: { total, succeeded: done.succeeded, failed: done.failed, pending: total - done.succeeded - done.failed },
  };
};

function run(state: TaskProgressState, ...events: TaskEvent[]): TaskProgressState {
  return events.reduce((s, event) => taskProgressReducer(s, { type: 'event', event }), state);
}

const snapshot = (t: Task) => taskProgressReducer(initialTaskProgress, { type: 'snapshot', task: t });

describe('taskProgressReducer', () => {
  it('when events arrive in order, then rows and counts follow them', () => {
    const start = snapshot(task([]));
    const state = run(
      start,
      { type: 'started', seq: 1, taskId: TASK_ID, apis: [api(1), api(2), api(3)] },
      progress(2, api(1, 'succeeded'), { succeeded: 1, failed: 0 }),
      progress(3, api(2, 'failed', 'backend unreachable'), { succeeded: 1, failed: 1 }),
    );
    expect(state.lastSeq).toBe(3);
    expect(state.task?.apis.map((a) => a.status)).toEqual(['succeeded', 'failed', 'pending']);
    expect(state.task?.apis[1]?.message).toBe('backend unreachable');
    expect(displayCounts(state.task!)).toEqual({ total: 3, succeeded: 1, failed: 1, pending: 1 });
    expect(percentDone(state.task!)).toBe(67);
  });

  it('when an event is delivered twice, then the second is ignored', () => {
    const start = snapshot(task([api(1), api(2), api(3)]));
    const event = progress(4, api(1, 'succeeded'), { succeeded: 1, failed: 0 });
    const once = run(start, event);
    const twice = run(once, event);
    expect(twice).toBe(once);
  });

  it('when the stream replays events the snapshot already holds, then nothing moves backwards', () => {
    // After a reload: the snapshot says api 1 succeeded and api 2 failed; the stream starts at seq 1.
    const start = snapshot(task([api(1, 'succeeded'), api(2, 'failed', 'timeout'), api(3, 'running')]));
    const state = run(
      start,
      { type: 'started', seq: 1, taskId: TASK_ID, apis: [api(1), api(2), api(3)] },
      progress(2, api(1, 'running'), { succeeded: 0, failed: 0 }),
      progress(3, api(1, 'succeeded'), { succeeded: 1, failed: 0 }),
    );
    expect(state.task?.apis.map((a) => a.status)).toEqual(['succeeded', 'failed', 'running']);
    expect(state.task?.apis[1]?.message).toBe('timeout');
    expect(displayCounts(state.task!)).toEqual({ total: 3, succeeded: 1, failed: 1, pending: 1 });
  });

  it('when the task completes, then the final summary decides status and counts', () => {
    const start = snapshot(task([api(1, 'succeeded'), api(2, 'succeeded'), api(3, 'running')]));
    const finalTask = task([api(1, 'succeeded'), api(2, 'succeeded'), api(3, 'failed')], { status: 'failed', error: '1 API failed' });
    const { apis: _apis, ...summary } = finalTask;
    const state = run(start, progress(7, api(3, 'failed', 'no route'), { succeeded: 2, failed: 1 }), {
      type: 'failed',
      seq: 8,
      taskId: TASK_ID,
      task: summary,
    });
    expect(state.task?.status).toBe('failed');
    expect(state.task?.error).toBe('1 API failed');
    expect(displayCounts(state.task!)).toEqual({ total: 3, succeeded: 2, failed: 1, pending: 0 });
    expect(percentDone(state.task!)).toBe(100);
    expect(state.task?.apis).toHaveLength(3);
  });

  it('when a finished task gets a late progress event, then it stays finished', () => {
    const finished = snapshot(task([api(1, 'succeeded')], { status: 'completed' }));
    const state = run(finished, progress(1, api(1, 'running'), { succeeded: 0, failed: 0, total: 1 }));
    expect(state.task?.status).toBe('completed');
    expect(state.task?.apis[0]?.status).toBe('succeeded');
  });

  it('when a fresh snapshot arrives after a reconnect, then it merges without losing newer rows or the seq', () => {
    const live = run(snapshot(task([api(1), api(2)])), progress(5, api(2, 'succeeded'), { succeeded: 1, failed: 0, total: 2 }));
    const older = taskProgressReducer(live, { type: 'snapshot', task: task([api(1, 'running'), api(2, 'running')]) });
    expect(older.lastSeq).toBe(5);
    expect(older.task?.apis.map((a) => a.status)).toEqual(['running', 'succeeded']);
  });

  it('when the first list lacks stage ids and the events carry them, then each API stays one row', () => {
    const start = snapshot(
      task([
        { ...api(1), stageId: '' },
        { ...api(2), stageId: '' },
      ]),
    );
    const state = run(start, progress(2, api(1, 'succeeded'), { succeeded: 1, failed: 0, total: 2 }));
    expect(state.task?.apis.map((a) => [a.apiId, a.stageId, a.status])).toEqual([
      ['api-1', 's-release', 'succeeded'],
      ['api-2', '', 'pending'],
    ]);
  });

  it('when an event belongs to another task, then it is ignored', () => {
    const start = snapshot(task([api(1)]));
    const state = run(start, { ...progress(1, api(1, 'succeeded'), { succeeded: 1, failed: 0 }), taskId: 'other' });
    expect(state).toBe(start);
  });
});

describe('percentDone', () => {
  it('when a task has no APIs, then it is 0 while running and 100 once finished', () => {
    expect(percentDone(task([]))).toBe(0);
    expect(percentDone(task([], { status: 'completed' }))).toBe(100);
  });
});
