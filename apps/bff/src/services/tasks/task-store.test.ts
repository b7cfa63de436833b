import { describe, expect, it } from 'vitest';
import type { TaskApiResult } from '@portico/contracts/tasks';
import { mergeResults } from './task-store.ts';

const api = (apiId: string, stageName: string, status: TaskApiResult['status'], message?: string): TaskApiResult => ({
  apiId,
  apiName: `api-${apiId}`,
  groupId: 'g1',
  groupName: 'group',
  stageId: `s-${stageName}`,
  stageName,
  status,
  ...(message ? { message } : {}),
});

describe('mergeResults', () => {
  it('when the cloud reports a change, then only the changed API is returned as changed', () => {
    const { apis, changed } = mergeResults([api('a', 'TEST', 'pending'), api('b', 'TEST', 'pending')], [api('a', 'TEST', 'succeeded'), api('b', 'TEST', 'pending')]);
    expect(changed.map((c) => c.apiId)).toEqual(['a']);
    expect(apis.find((x) => x.apiId === 'a')?.status).toBe('succeeded');
  });

  it('when the same API is published in two stages, then they are tracked apart', () => {
    const { apis } = mergeResults([api('a', 'TEST', 'pending'), api('a', 'RELEASE', 'pending')], [api('a', 'RELEASE', 'failed', 'boom')]);
    expect(apis.map((x) => `${x.stageName}:${x.status}`).sort()).toEqual(['RELEASE:failed', 'TEST:pending']);
  });

  it('when an ended API is reported again as running, then it stays ended and no event is made', () => {
    const { apis, changed } = mergeResults([api('a', 'TEST', 'succeeded')], [api('a', 'TEST', 'running')]);
    expect(changed).toEqual([]);
    expect(apis[0]?.status).toBe('succeeded');
  });

  it('when the cloud reports an API we did not expect, then it is added', () => {
    const { apis, changed } = mergeResults([], [api('z', 'PRE', 'running')]);
    expect(apis).toHaveLength(1);
    expect(changed).toHaveLength(1);
  });
});
