import { z } from 'zod';
import { Cloud } from './profiles.ts';
import { PageQuery, pageOf } from './paging.ts';
import { msg } from './messages.ts';

export const TaskKind = z.enum(['vpc-authorization-update', 'backend-model-update']);
export type TaskKind = z.infer<typeof TaskKind>;

export const TaskStatus = z.enum(['running', 'completed', 'failed']);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** One API's part in a batch update, in the console's words rather than the cloud's. */
export const ApiUpdateStatus = z.enum(['pending', 'running', 'succeeded', 'failed']);
export type ApiUpdateStatus = z.infer<typeof ApiUpdateStatus>;

export const TaskApiResult = z.object({
  apiId: z.string(),
  apiName: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  stageId: z.string(),
  stageName: z.string(),
  status: ApiUpdateStatus,
  message: z.string().optional(),
});
export type TaskApiResult = z.infer<typeof TaskApiResult>;

export const TaskCounts = z.object({
  total: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  pending: z.number().int(),
});
export type TaskCounts = z.infer<typeof TaskCounts>;

export const TaskSummary = z.object({
  id: z.string(),
  kind: TaskKind,
  cloud: Cloud,
  profile: z.string(),
  operationId: z.string(),
  targetName: z.string(),
  status: TaskStatus,
  counts: TaskCounts,
  error: z.string().optional(),
  /** The seq of the last event written; a watcher that has this snapshot streams with `?after=lastSeq`. */
  lastSeq: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TaskSummary = z.infer<typeof TaskSummary>;

export const Task = TaskSummary.extend({ apis: z.array(TaskApiResult) });
export type Task = z.infer<typeof Task>;

export const TaskParams = z.object({ id: z.uuid(msg('taskId')) });

/**
 * What the stream says, in order. Every event has a per-task sequence number that is also its
 * SSE id, so a browser resumes with Last-Event-ID and sees each API's result exactly once.
 */
export const TaskEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), seq: z.number().int(), taskId: z.string(), apis: z.array(TaskApiResult) }),
  z.object({ type: z.literal('progress'), seq: z.number().int(), taskId: z.string(), api: TaskApiResult, counts: TaskCounts }),
  z.object({ type: z.literal('completed'), seq: z.number().int(), taskId: z.string(), task: TaskSummary }),
  z.object({ type: z.literal('failed'), seq: z.number().int(), taskId: z.string(), task: TaskSummary }),
]);
export type TaskEvent = z.infer<typeof TaskEvent>;
export type TaskEventType = TaskEvent['type'];

export function countResults(apis: readonly TaskApiResult[]): TaskCounts {
  const counts = { total: apis.length, succeeded: 0, failed: 0, pending: 0 };
  for (const api of apis) {
    if (api.status === 'succeeded') counts.succeeded += 1;
    else if (api.status === 'failed') counts.failed += 1;
    else counts.pending += 1;
  }
  return counts;
}

/** The task history: every batch update, open ones first, then newest first. */
export const TaskListQuery = PageQuery.extend({ status: TaskStatus.optional() });
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const TaskListItem = TaskSummary.extend({
  /** Who started it (from the change's audit record), when known. */
  actor: z.string().optional(),
  /** The change that started it, e.g. ModifyVpcAccessAndUpdateApis. */
  operation: z.string().optional(),
});
export type TaskListItem = z.infer<typeof TaskListItem>;

export const TaskList = pageOf(TaskListItem);
export type TaskList = z.infer<typeof TaskList>;
