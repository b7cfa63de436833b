import type { ApiUpdateStatus } from '@portico/contracts/tasks';

const succeeded = new Set(['success', 'succeeded', 'successful', 'ok', 'done', 'finished', 'completed']);
const failed = new Set(['fail', 'failed', 'failure', 'error']);
const pending = new Set(['init', 'initial', 'pending', 'waiting', 'queued', 'created']);

/**
 * The cloud's per-API status words, read case-insensitively. A word we do not know is read as
 * "still running": the task keeps being followed instead of ending wrongly or crashing.
 */
export function apiUpdateStatus(word: string | undefined): ApiUpdateStatus {
  const normalised = (word ?? '').trim().toLowerCase();
  if (succeeded.has(normalised)) return 'succeeded';
  if (failed.has(normalised)) return 'failed';
  if (pending.has(normalised)) return 'pending';
  return 'running';
}
