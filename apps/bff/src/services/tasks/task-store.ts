import { and, asc, count, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { countResults, type Task, type TaskApiResult, type TaskEvent, type TaskKind, type TaskList, type TaskListQuery, type TaskSummary } from '@portico/contracts/tasks';
import type { Db } from '../../db/database.ts';
import { auditEvents, taskEvents, tasks } from '../../db/schema.ts';

type TaskRow = typeof tasks.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface NewTask {
  id: string;
  kind: TaskKind;
  cloud: 'alibaba' | 'huawei';
  profile: string;
  operationId: string;
  targetName: string;
  /** The APIs expected to be updated, all pending; the cloud's rows are merged into them. */
  apis: TaskApiResult[];
}

/**
 * Same API in another stage is another update, so the stage is part of the key. The stage's name,
 * not its id: some listings (DescribeApisByBackend) do not return stage ids.
 */
export const apiKey = (api: Pick<TaskApiResult, 'apiId' | 'stageName'>) => `${api.apiId}|${api.stageName.toUpperCase()}`;

const isTerminal = (api: TaskApiResult) => api.status === 'succeeded' || api.status === 'failed';

export function toSummary(row: TaskRow): TaskSummary {
  return {
    id: row.id,
    kind: row.kind as TaskKind,
    cloud: row.cloud as TaskSummary['cloud'],
    profile: row.profile,
    operationId: row.operationId,
    targetName: row.targetName,
    status: row.status as TaskSummary['status'],
    counts: countResults(row.apis),
    ...(row.error ? { error: row.error } : {}),
    lastSeq: row.lastSeq,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const toTask = (row: TaskRow): Task => ({ ...toSummary(row), apis: row.apis });

/**
 * Tasks and their ordered events. Each change to a task and the events it causes are written in
 * one transaction with the row locked, so two pollers can never emit the same event twice.
 */
export class TaskStore {
  constructor(private readonly db: Db) {}

  async create(task: NewTask): Promise<{ task: Task; events: TaskEvent[] }> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(tasks)
        .values({ ...task, status: 'running', lastSeq: 0 })
        .returning();
      if (!row) throw new Error('task insert returned no row');
      const started: TaskEvent = { type: 'started', seq: 1, taskId: task.id, apis: task.apis };
      return this.writeEvents(tx, row, [started], { apis: task.apis, status: 'running', error: null });
    });
  }

  async findByOperation(cloud: string, profile: string, operationId: string): Promise<Task | undefined> {
    const [row] = await this.db
      .select()
      .from(tasks)
      .where(and(eq(tasks.cloud, cloud), eq(tasks.profile, profile), eq(tasks.operationId, operationId)));
    return row ? toTask(row) : undefined;
  }

  /** Every batch update, running ones first, then newest first; who started it comes from its audit record. */
  async list(query: TaskListQuery): Promise<TaskList> {
    const where = query.status ? eq(tasks.status, query.status) : undefined;
    const [total] = await this.db.select({ n: count() }).from(tasks).where(where);
    const rows = await this.db
      .select({ task: tasks, actor: auditEvents.actorName, operation: auditEvents.operation })
      .from(tasks)
      .leftJoin(auditEvents, eq(auditEvents.taskId, tasks.id))
      .where(where)
      .orderBy(sql`case when ${tasks.status} = 'running' then 0 else 1 end`, desc(tasks.createdAt), asc(tasks.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const items = rows.map(({ task, actor, operation }) => ({ ...toSummary(task), ...(actor ? { actor } : {}), ...(operation ? { operation } : {}) }));
    return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Task | undefined> {
    const [row] = await this.db.select().from(tasks).where(eq(tasks.id, id));
    return row ? toTask(row) : undefined;
  }

  async eventsAfter(id: string, seq: number): Promise<TaskEvent[]> {
    const rows = await this.db
      .select({ data: taskEvents.data })
      .from(taskEvents)
      .where(and(eq(taskEvents.taskId, id), gt(taskEvents.seq, seq)))
      .orderBy(asc(taskEvents.seq));
    return rows.map((r) => r.data as TaskEvent);
  }

  /**
   * Merges what the cloud reports into the task and records one `progress` event per API whose
   * status changed, then `completed` or `failed` once every API has ended.
   */
  async applyPoll(id: string, reported: TaskApiResult[]): Promise<{ task: Task; events: TaskEvent[] }> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(tasks).where(eq(tasks.id, id)).for('update');
      if (!row) throw new Error(`task ${id} vanished`);
      if (row.status !== 'running') return { task: toTask(row), events: [] };
      const { apis, changed } = mergeResults(row.apis, reported);
      let seq = row.lastSeq;
      const events: TaskEvent[] = [];
      for (const api of changed) events.push({ type: 'progress', seq: ++seq, taskId: id, api, counts: countResults(apis) });
      const done = apis.every(isTerminal) && (apis.length > 0 || reported.length === 0);
      const status = !done ? 'running' : apis.some((a) => a.status === 'failed') ? 'failed' : 'completed';
      return this.writeEvents(tx, row, events, { apis, status, error: null }, done);
    });
  }

  /** Ends a task that can no longer be followed (the cloud forgot it, or it ran far too long). */
  async abandon(id: string, reason: string): Promise<TaskEvent[]> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(tasks).where(eq(tasks.id, id)).for('update');
      if (!row || row.status !== 'running') return [];
      const { events } = await this.writeEvents(tx, row, [], { apis: row.apis, status: 'failed', error: reason }, true);
      return events;
    });
  }

  private async writeEvents(
    tx: Tx,
    row: TaskRow,
    events: TaskEvent[],
    next: { apis: TaskApiResult[]; status: string; error: string | null },
    terminal = false,
  ): Promise<{ task: Task; events: TaskEvent[] }> {
    const all = [...events];
    let seq = events.at(-1)?.seq ?? row.lastSeq;
    const now = new Date();
    if (terminal) {
      const summary = toSummary({ ...row, ...next, lastSeq: seq + 1, updatedAt: now });
      const type = next.status === 'completed' ? 'completed' : 'failed';
      all.push({ type, seq: ++seq, taskId: row.id, task: summary });
    }
    if (all.length > 0) {
      await tx.insert(taskEvents).values(all.map((e) => ({ taskId: row.id, seq: e.seq, type: e.type, data: e })));
    }
    const [updated] = await tx
      .update(tasks)
      .set({ apis: next.apis, status: next.status, error: next.error, lastSeq: seq, updatedAt: now })
      .where(eq(tasks.id, row.id))
      .returning();
    if (!updated) throw new Error(`task ${row.id} vanished`);
    return { task: toTask(updated), events: all };
  }

  /**
   * Takes or renews the right to poll a task. Atomic in one UPDATE: it succeeds only when the
   * lease is free, already ours, or expired (its holder died).
   */
  /** How many tasks there are of each kind in each state, for the metrics. */
  async countsByKindAndState(): Promise<{ kind: string; state: string; count: number }[]> {
    return this.db.select({ kind: tasks.kind, state: tasks.status, count: count() }).from(tasks).groupBy(tasks.kind, tasks.status);
  }

  async acquireLease(id: string, owner: string, ttlMs: number): Promise<boolean> {
    const rows = await this.db
      .update(tasks)
      .set({ leaseOwner: owner, leaseExpiresAt: sql`now() + ${`${ttlMs} milliseconds`}::interval` })
      .where(and(eq(tasks.id, id), eq(tasks.status, 'running'), or(isNull(tasks.leaseOwner), eq(tasks.leaseOwner, owner), lt(tasks.leaseExpiresAt, sql`now()`))))
      .returning({ id: tasks.id });
    return rows.length === 1;
  }

  async releaseLease(id: string, owner: string): Promise<void> {
    await this.db
      .update(tasks)
      .set({ leaseOwner: null, leaseExpiresAt: null })
      .where(and(eq(tasks.id, id), eq(tasks.leaseOwner, owner)));
  }

  /** Running tasks nobody (alive) is polling. */
  async orphaned(owner: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.status, 'running'), or(isNull(tasks.leaseOwner), eq(tasks.leaseOwner, owner), lt(tasks.leaseExpiresAt, sql`now()`))));
    return rows.map((r) => r.id);
  }
}

/** Returns the merged list and the APIs whose status or message changed. */
export function mergeResults(current: TaskApiResult[], reported: TaskApiResult[]) {
  const byKey = new Map(current.map((api) => [apiKey(api), api]));
  const changed: TaskApiResult[] = [];
  for (const report of reported) {
    const key = apiKey(report);
    const before = byKey.get(key);
    // Once an API's update has ended it stays ended: a late or reordered answer cannot undo it.
    if (before && isTerminal(before)) continue;
    const merged = before ? { ...before, stageId: before.stageId || report.stageId, status: report.status, ...(report.message ? { message: report.message } : {}) } : report;
    if (!before || before.status !== merged.status) changed.push(merged);
    byKey.set(key, merged);
  }
  return { apis: [...byKey.values()], changed };
}
