import type { ApiUpdateStatus, TaskApiResult } from '@portico/contracts/tasks';

const succeeded = new Set(['success', 'succeeded', 'successful', 'ok', 'done', 'finished', 'completed']);
const failed = new Set(['fail', 'failed', 'failure', 'error']);
const pending = new Set(['init', 'initial', 'pending', 'waiting', 'queued', 'created']);
/** Words that say the API's update has ended without saying how: its ErrorMsg tells. */
const ended = new Set(['over', 'end', 'ended']);

/**
 * The cloud's per-API status words, read case-insensitively. A word we do not know is read as
 * "still running": the task keeps being followed instead of ending wrongly or crashing. The
 * backend task's documented example answers `OVER` with an ErrorMsg, so "over" ends the update,
 * failed when the cloud gives an error message.
 */
export function apiUpdateStatus(word: string | undefined, errorMessage?: string): ApiUpdateStatus {
  const normalised = (word ?? '').trim().toLowerCase();
  if (ended.has(normalised)) return errorMessage?.trim() ? 'failed' : 'succeeded';
  if (succeeded.has(normalised)) return 'succeeded';
  if (failed.has(normalised)) return 'failed';
  if (pending.has(normalised)) return 'pending';
  return 'running';
}

/** One API's row of a batch-update task, as both task calls (VPC and backend) answer it. */
export interface TaskApiRow {
  apiUid?: string;
  apiName?: string;
  groupId?: string;
  groupName?: string;
  stageId?: string;
  stageName?: string;
  updateStatus?: string;
  errorMsg?: string;
}

export function taskApiResult(row: TaskApiRow): TaskApiResult {
  const status = apiUpdateStatus(row.updateStatus, row.errorMsg);
  return {
    apiId: row.apiUid ?? '',
    apiName: row.apiName ?? '',
    groupId: row.groupId ?? '',
    groupName: row.groupName ?? '',
    stageId: row.stageId ?? '',
    stageName: row.stageName ?? '',
    status,
    ...(status === 'failed' && row.errorMsg ? { message: row.errorMsg } : {}),
  };
}
