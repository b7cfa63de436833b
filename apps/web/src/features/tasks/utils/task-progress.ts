import { countResults, type ApiUpdateStatus, type Task, type TaskApiResult, type TaskCounts, type TaskEvent } from '@portico/contracts/tasks';

/**
 * The task panel's state: the task as last known and the highest event seq applied.
 *
 * The panel loads a snapshot (GET /api/tasks/:id), then subscribes to the event stream, which
 * may replay events the snapshot already holds. Applying is therefore idempotent twice over:
 * an event whose seq was applied is ignored, and an API's status never moves backwards
 * (pending → running → succeeded | failed), so a replayed old event cannot undo a newer one.
 */
export interface TaskProgressState {
  task: Task | null;
  lastSeq: number;
}

export type TaskProgressAction = { type: 'snapshot'; task: Task } | { type: 'event'; event: TaskEvent };

export const initialTaskProgress: TaskProgressState = { task: null, lastSeq: 0 };

const rank: Record<ApiUpdateStatus, number> = { pending: 0, running: 1, succeeded: 2, failed: 2 };

/**
 * One API in one stage, keyed by the stage's name: every source fills it in, while the stage id
 * can be missing from the first list (a backend model's APIs come from DescribeApisByBackend,
 * which has none) and arrive only with the cloud's progress events.
 */
export const apiKey = (api: Pick<TaskApiResult, 'apiId' | 'stageName'>) => `${api.apiId}@${api.stageName.toUpperCase()}`;

export const isFinished = (task: Pick<Task, 'status'>) => task.status !== 'running';

function mergeApi(existing: TaskApiResult | undefined, incoming: TaskApiResult): TaskApiResult {
  if (!existing) return incoming;
  return rank[incoming.status] >= rank[existing.status] ? { ...existing, ...incoming } : existing;
}

/** Merges API results into a list, keeping its order and appending new APIs. */
export function mergeApis(current: readonly TaskApiResult[], incoming: readonly TaskApiResult[]): TaskApiResult[] {
  const byKey = new Map(current.map((api) => [apiKey(api), api]));
  const order = current.map(apiKey);
  for (const api of incoming) {
    const key = apiKey(api);
    if (!byKey.has(key)) order.push(key);
    byKey.set(key, mergeApi(byKey.get(key), api));
  }
  return order.map((key) => byKey.get(key)).filter((api): api is TaskApiResult => api !== undefined);
}

const done = (counts: TaskCounts) => counts.succeeded + counts.failed;

/** Counts reported by the server, kept only when they are not behind what we already know. */
function aheadCounts(current: TaskCounts, incoming: TaskCounts): TaskCounts {
  return done(incoming) >= done(current) ? incoming : current;
}

function applyEvent(task: Task, event: TaskEvent): Task {
  switch (event.type) {
    case 'started':
      return { ...task, apis: mergeApis(task.apis, event.apis) };
    case 'progress':
      return { ...task, apis: mergeApis(task.apis, [event.api]), counts: aheadCounts(task.counts, event.counts) };
    case 'completed':
    case 'failed':
      // The final summary is authoritative for status and counts; per-API rows stay merged.
      return { ...task, ...event.task, apis: task.apis };
  }
}

export function taskProgressReducer(state: TaskProgressState, action: TaskProgressAction): TaskProgressState {
  if (action.type === 'snapshot') {
    const incoming = action.task;
    const known = state.task;
    if (!known || known.id !== incoming.id) return { task: incoming, lastSeq: 0 };
    // A finished task stays finished, whichever of the two learnt it first.
    const summary = isFinished(known) && !isFinished(incoming) ? known : incoming;
    return {
      task: {
        ...summary,
        counts: isFinished(summary) ? summary.counts : aheadCounts(known.counts, incoming.counts),
        apis: mergeApis(known.apis, incoming.apis),
      },
      lastSeq: state.lastSeq,
    };
  }

  const { event } = action;
  const task = state.task;
  if (!task || event.taskId !== task.id || event.seq <= state.lastSeq) return state;
  if (isFinished(task) && (event.type === 'started' || event.type === 'progress')) {
    // Late replays still fill in per-API rows but cannot reopen a finished task.
    return { task: { ...task, apis: mergeApis(task.apis, event.type === 'started' ? event.apis : [event.api]) }, lastSeq: event.seq };
  }
  return { task: applyEvent(task, event), lastSeq: event.seq };
}

/** What the panel shows: the final counts once finished, else the further of rows and report. */
export function displayCounts(task: Task): TaskCounts {
  if (isFinished(task) || task.apis.length === 0) return task.counts;
  const derived = countResults(task.apis);
  if (done(task.counts) > done(derived)) return task.counts;
  const total = Math.max(derived.total, task.counts.total);
  return { ...derived, total, pending: Math.max(0, total - done(derived)) };
}

/** Share of APIs processed (succeeded or failed), 0 to 100. */
export function percentDone(task: Task): number {
  const counts = displayCounts(task);
  if (counts.total === 0) return isFinished(task) ? 100 : 0;
  return Math.min(100, Math.round((done(counts) / counts.total) * 100));
}
