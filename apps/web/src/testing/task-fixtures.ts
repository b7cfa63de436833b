import type { Task, TaskApiResult } from '@portico/contracts/tasks';

/** Builders for task fixtures in unit tests: one API result, one task whose counts match. */
export const TASK_ID = '5b0c1f9e-3c1a-4a8e-9a57-2f4d3b1c0a11';

export function apiResult(n: number, status: TaskApiResult['status'] = 'pending', message?: string): TaskApiResult {
  return {
    apiId: `api-${n}`,
    apiName: `Api ${n}`,
    groupId: 'g-1',
    groupName: 'orders',
    stageId: 's-release',
    stageName: 'RELEASE',
    status,
    ...(message ? { message } : {}),
  };
}

export function taskOf(apis: TaskApiResult[], overrides: Partial<Task> = {}): Task {
  const succeeded = apis.filter((a) => a.status === 'succeeded').length;
  const failed = apis.filter((a) => a.status === 'failed').length;
  return {
    id: TASK_ID,
    kind: 'vpc-authorization-update',
    cloud: 'alibaba',
    profile: 'default',
    operationId: '7b6d0cb72b2e4215b0129f675c889746',
    targetName: 'orders-vpc',
    status: 'running',
    counts: { total: apis.length, succeeded, failed, pending: apis.length - succeeded - failed },
    lastSeq: 1,
    createdAt: '2026-03-16T10:00:00Z',
    updatedAt: '2026-03-16T10:00:00Z',
    apis,
    ...overrides,
  };
}
