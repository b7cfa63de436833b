import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, lte, type SQL } from 'drizzle-orm';
import type { AppliedPolicy, ChangeInput, ChangeOperation, ChangePlan, ChangeState, TimelineEntry } from '@portico/contracts/changes';
import type { Db } from '../../db/database.ts';
import { changeRequestEvents, changeRequests } from '../../db/schema.ts';

export type RequestRow = typeof changeRequests.$inferSelect;
export type EventRow = typeof changeRequestEvents.$inferSelect;

export interface NewRequest {
  operation: ChangeOperation;
  profile: string;
  kind: string;
  input: ChangeInput;
  plan: ChangePlan;
  fingerprint: string;
  policies: AppliedPolicy[];
  requiredApprovals: number;
  authorId: string | undefined;
  authorName: string;
  comment: string;
  expiresAt: Date;
}

export interface ActorRef {
  id?: string | undefined;
  name: string;
}

/** Change requests and their timelines. State moves are compare-and-set: two instances never both apply one. */
export class RequestStore {
  constructor(private readonly db: Db) {}

  async create(request: NewRequest): Promise<RequestRow> {
    const id = randomUUID();
    const [row] = await this.db
      .insert(changeRequests)
      .values({ id, state: 'open', ...request, authorId: request.authorId ?? null })
      .returning();
    await this.addEvent(id, { id: request.authorId, name: request.authorName }, 'opened', request.comment);
    return row!;
  }

  async find(id: string): Promise<RequestRow | undefined> {
    const [row] = await this.db.select().from(changeRequests).where(eq(changeRequests.id, id));
    return row;
  }

  events(id: string): Promise<EventRow[]> {
    return this.db.select().from(changeRequestEvents).where(eq(changeRequestEvents.requestId, id)).orderBy(asc(changeRequestEvents.at), asc(changeRequestEvents.id));
  }

  async eventsOf(ids: readonly string[]): Promise<EventRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .select()
      .from(changeRequestEvents)
      .where(inArray(changeRequestEvents.requestId, [...ids]));
  }

  async addEvent(requestId: string, actor: ActorRef, type: TimelineEntry['type'], text?: string, data?: Record<string, unknown>): Promise<void> {
    await this.db
      .insert(changeRequestEvents)
      .values({ id: randomUUID(), requestId, actorId: actor.id ?? null, actorName: actor.name, type, text: text ?? null, data: data ?? null });
  }

  /** Moves a request from one of `from` to `to`; undefined when another move came first. */
  async move(id: string, from: readonly ChangeState[], to: ChangeState, set: Partial<RequestRow> = {}): Promise<RequestRow | undefined> {
    const [row] = await this.db
      .update(changeRequests)
      .set({ ...set, state: to, updatedAt: new Date() })
      .where(and(eq(changeRequests.id, id), inArray(changeRequests.state, [...from])))
      .returning();
    return row;
  }

  async list(where: SQL | undefined, page: number, pageSize: number): Promise<{ rows: RequestRow[]; total: number }> {
    const [rows, [total]] = await Promise.all([
      this.db
        .select()
        .from(changeRequests)
        .where(where)
        .orderBy(desc(changeRequests.createdAt), desc(changeRequests.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      this.db.select({ n: count() }).from(changeRequests).where(where),
    ]);
    return { rows, total: total?.n ?? 0 };
  }

  /** Every request in these states (the open queue is small: requests expire). */
  byStates(states: readonly ChangeState[]): Promise<RequestRow[]> {
    return this.db
      .select()
      .from(changeRequests)
      .where(inArray(changeRequests.state, [...states]))
      .orderBy(desc(changeRequests.createdAt));
  }

  /** Open or approved requests past their end. */
  async expire(now = new Date()): Promise<RequestRow[]> {
    return this.db
      .update(changeRequests)
      .set({ state: 'expired', updatedAt: now })
      .where(and(inArray(changeRequests.state, ['open', 'approved']), lte(changeRequests.expiresAt, now)))
      .returning();
  }

  /** Approved requests whose scheduled time has come. */
  due(now = new Date()): Promise<RequestRow[]> {
    return this.db
      .select()
      .from(changeRequests)
      .where(and(eq(changeRequests.state, 'approved'), lte(changeRequests.scheduledFor, now)));
  }

  async schedule(id: string, at: Date | null, byId: string | undefined): Promise<void> {
    await this.db
      .update(changeRequests)
      .set({ scheduledFor: at, scheduledById: byId ?? null, updatedAt: new Date() })
      .where(eq(changeRequests.id, id));
  }
}
