import type { Permissions } from '../access/permissions.ts';
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, gte, ilike, inArray, isNull, lte, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import {
  accessResourceTypes,
  OUTSIDE_PORTICO,
  outsideOperations,
  type AuditEvent,
  type AuditExportQuery,
  type AuditList,
  type AuditQuery,
  type AuditResult,
  type ResourceType,
} from '@portico/contracts/audit';
import type { ResourceKind } from '@portico/contracts/bindings';
import type { Db } from '../../db/database.ts';
import { auditEvents } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { redactChange, redactSecrets } from './redact.ts';

export interface Actor {
  id?: string;
  name: string;
  /** The client's address as the trusted-proxy setting resolves it. */
  address?: string | undefined;
  /** Not through the console: `token:<name>` for a personal API token. */
  via?: string | undefined;
  /**
   * What the person may do: a service checks the resource it read (its name, tags, the APIs a
   * batch would touch) before it calls the cloud. Absent for Portico's own work (start-up).
   */
  permissions?: Permissions | undefined;
  /** Acting for this change request (its apply, its review): the event links to it. */
  changeRequestId?: string | undefined;
}

/** The cloud resource a change touched, as the bindings inventory names it (not stored in the log). */
export interface ChangedResource {
  kind: ResourceKind;
  id?: string | undefined;
  name?: string | undefined;
}

export interface AuditTarget {
  cloud: 'alibaba' | 'huawei' | 'portico';
  profile: string;
  region: string;
  operation: string;
  resourceType: ResourceType;
  target: string;
  /** Told to whoever follows the console's changes (the inventory updates that one resource). */
  resource?: ChangedResource | undefined;
}

/** Told after a change through the console that may have changed the cloud. */
export type ChangeListener = (target: AuditTarget) => void;

/** The log's columns of a target: the changed resource is for listeners only. */
const columnsOf = ({ resource: _resource, ...columns }: AuditTarget) => columns;

/** A record of Portico's own (people, sign-ins, tokens, settings): no cloud, profile or region. */
export const porticoTarget = (operation: string, resourceType: ResourceType, target: string): AuditTarget => ({
  cloud: 'portico',
  profile: '-',
  region: '-',
  operation,
  resourceType,
  target,
});

type Row = typeof auditEvents.$inferSelect;

/** A `pending` record this old belongs to a call whose outcome its instance never wrote down. */
export const PENDING_IS_UNKNOWN_AFTER_MS = 2 * 60_000;
const EXPORT_BATCH = 500;

export type RevertibleTest = (event: Pick<AuditEvent, 'resourceType' | 'operation' | 'result' | 'before' | 'after'>) => boolean;

/** Outcome of a cloud call as the audit log words it, from whatever the call threw. */
export function outcomeOf(error: unknown): { result: AuditResult; error: string; requestId?: string } {
  if (error instanceof AppError) {
    // No answer at all: the cloud may or may not have applied the change.
    const result = error.code === 'UPSTREAM_UNAVAILABLE' ? 'unknown' : 'failed';
    const requestId = error.details.upstream?.requestId;
    return { result, error: error.message, ...(requestId ? { requestId } : {}) };
  }
  return { result: 'unknown', error: 'The console failed while making the change.' };
}

export class AuditLog {
  readonly #listeners = new Set<ChangeListener>();

  constructor(
    private readonly db: Db,
    private readonly revertible: RevertibleTest = () => false,
    private readonly pendingIsUnknownAfterMs = PENDING_IS_UNKNOWN_AFTER_MS,
  ) {}

  /** Follows the console's own changes to the clouds (succeeded, or of unknown outcome). */
  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells the listeners that a change was made through the console. */
  changed(target: AuditTarget): void {
    if (target.cloud === 'portico') return;
    for (const listener of this.#listeners) listener(target);
  }

  /**
   * A change a refresh found in the cloud that Portico did not make: one finished event, its
   * actor "outside Portico", with the resource before and after (secrets masked as everywhere).
   */
  async recordOutside(target: AuditTarget, change: { before: unknown; after: unknown }): Promise<void> {
    await this.db.insert(auditEvents).values({
      id: randomUUID(),
      actorId: null,
      actorName: 'outside Portico',
      ...columnsOf(target),
      ...redactChange(change),
      result: 'succeeded',
      via: OUTSIDE_PORTICO,
      finishedAt: new Date(),
    });
  }

  /** Written before the cloud is called, so the attempt exists even if nothing after it does. */
  async begin(actor: Actor, target: AuditTarget, change: { before: unknown; after: unknown }, revertOf?: string): Promise<string> {
    const id = randomUUID();
    await this.db.insert(auditEvents).values({
      id,
      actorId: actor.id ?? null,
      actorName: actor.name,
      ...columnsOf(target),
      ...redactChange(change),
      result: 'pending',
      revertOf: revertOf ?? null,
      clientAddress: actor.address ?? null,
      via: actor.via ?? null,
      changeRequestId: actor.changeRequestId ?? null,
    });
    return id;
  }

  /** An event that is over as it happens (a sign-in, a refusal): one row, already finished. */
  async record(actor: Actor, target: AuditTarget, outcome: { result: 'succeeded' | 'failed'; error?: string; after?: unknown }): Promise<void> {
    await this.db.insert(auditEvents).values({
      id: randomUUID(),
      actorId: actor.id ?? null,
      actorName: actor.name,
      ...columnsOf(target),
      before: null,
      after: redactSecrets(outcome.after) ?? null,
      result: outcome.result,
      error: outcome.error ?? null,
      clientAddress: actor.address ?? null,
      via: actor.via ?? null,
      changeRequestId: actor.changeRequestId ?? null,
      finishedAt: new Date(),
    });
  }

  /**
   * Marks a change as being reverted by this person, if nobody has: one atomic update, so two
   * reverts at once cannot both run. Returns false when it was reverted already.
   */
  async claimRevert(id: string, actor: Actor): Promise<boolean> {
    const claimed = await this.db
      .update(auditEvents)
      .set({ revertedByName: actor.name, revertedAt: new Date() })
      .where(and(eq(auditEvents.id, id), isNull(auditEvents.revertedAt)))
      .returning({ id: auditEvents.id });
    return claimed.length > 0;
  }

  /** Links the reverted change to the revert's own event. */
  async linkRevert(id: string, revertEventId: string): Promise<void> {
    await this.db.update(auditEvents).set({ revertedBy: revertEventId }).where(eq(auditEvents.id, id));
  }

  /** The revert did not happen: the change may be reverted again. */
  async releaseRevert(id: string): Promise<void> {
    await this.db.update(auditEvents).set({ revertedByName: null, revertedAt: null, revertedBy: null }).where(eq(auditEvents.id, id));
  }

  async finish(id: string, outcome: { result: AuditResult; requestId?: string | undefined; error?: string | undefined; taskId?: string | undefined }): Promise<void> {
    await this.db
      .update(auditEvents)
      .set({
        result: outcome.result,
        requestId: outcome.requestId ?? null,
        error: outcome.error ?? null,
        taskId: outcome.taskId ?? null,
        finishedAt: new Date(),
      })
      .where(eq(auditEvents.id, id));
  }

  /** Fills in what is known only after the call, such as the id the cloud gave a new item. */
  async amendAfter(id: string, after: unknown, target: string): Promise<void> {
    await this.db
      .update(auditEvents)
      .set({ after: redactSecrets(after) ?? null, target })
      .where(eq(auditEvents.id, id));
  }

  async taskEnded(taskId: string, outcome: string): Promise<void> {
    await this.db.update(auditEvents).set({ taskOutcome: outcome }).where(eq(auditEvents.taskId, taskId));
  }

  /** Records left pending by an instance that died are marked unknown. */
  async markAbandoned(): Promise<void> {
    const cutoff = new Date(Date.now() - this.pendingIsUnknownAfterMs);
    await this.db
      .update(auditEvents)
      .set({ result: 'unknown', error: 'The console stopped before it learned the outcome.' })
      .where(and(eq(auditEvents.result, 'pending'), lt(auditEvents.at, cutoff)));
  }

  async get(id: string): Promise<AuditEvent | undefined> {
    const [row] = await this.db.select().from(auditEvents).where(eq(auditEvents.id, id));
    return row ? this.toEvent(row) : undefined;
  }

  async list(query: AuditQuery, visibility?: AuditVisibility): Promise<AuditList> {
    const where = and(...conditions(query), ...visible(visibility));
    const [total] = await this.db.select({ n: count() }).from(auditEvents).where(where);
    const rows = await this.db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    return { items: rows.map((r) => this.toEvent(r)), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
  }

  /**
   * The filtered log, newest first, a batch at a time, so an
   * export of any size holds one batch in memory, never the whole log.
   */
  async *export(query: AuditExportQuery, visibility?: AuditVisibility, batchSize = EXPORT_BATCH): AsyncGenerator<AuditEvent[]> {
    // Offset paging on a stable order: PostgreSQL keeps microseconds, a JS Date only
    // milliseconds, so a keyset on the timestamp could skip rows sharing a millisecond.
    for (let offset = 0; ; offset += batchSize) {
      const rows = await this.db
        .select()
        .from(auditEvents)
        .where(and(...conditions(query), ...visible(visibility)))
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(batchSize)
        .offset(offset);
      if (rows.length > 0) yield rows.map((r) => this.toEvent(r));
      if (rows.length < batchSize) return;
    }
  }

  private toEvent(row: Row): AuditEvent {
    const stale = row.result === 'pending' && Date.now() - row.at.getTime() > this.pendingIsUnknownAfterMs;
    const event: AuditEvent = {
      id: row.id,
      at: row.at.toISOString(),
      actor: { ...(row.actorId ? { id: row.actorId } : {}), name: row.actorName },
      cloud: row.cloud as AuditEvent['cloud'],
      profile: row.profile,
      region: row.region,
      operation: row.operation,
      resourceType: row.resourceType as ResourceType,
      target: row.target,
      before: row.before,
      after: row.after,
      result: stale ? 'unknown' : (row.result as AuditResult),
      ...(row.error ? { error: row.error } : {}),
      ...(row.requestId ? { requestId: row.requestId } : {}),
      ...(row.taskId ? { taskId: row.taskId } : {}),
      ...(row.taskOutcome ? { taskOutcome: row.taskOutcome } : {}),
      ...(row.revertOf ? { revertOf: row.revertOf } : {}),
      ...(row.revertedAt && row.revertedByName
        ? { revertedBy: { name: row.revertedByName, at: row.revertedAt.toISOString(), ...(row.revertedBy ? { eventId: row.revertedBy } : {}) } }
        : {}),
      ...(row.clientAddress ? { clientAddress: row.clientAddress } : {}),
      ...(row.via ? { via: row.via } : {}),
      ...(row.changeRequestId ? { changeRequestId: row.changeRequestId } : {}),
      ...(row.finishedAt ? { finishedAt: row.finishedAt.toISOString() } : {}),
      revertible: false,
    };
    return { ...event, revertible: !event.revertedBy && this.revertible(event) };
  }
}

/**
 * What of the log a person with scoped grants reads: their own events, and the events of the
 * profiles and kinds their grants cover (names and tags are not kept per event, so a grant
 * scoped by them shows its kinds' events). Absent: everything (a global viewer or more).
 */
export interface AuditVisibility {
  actorId: string;
  scopes: readonly { profiles?: readonly string[] | undefined; kinds?: readonly string[] | undefined }[];
}

function visible(visibility: AuditVisibility | undefined): SQL[] {
  if (!visibility) return [];
  const scoped = visibility.scopes.map((s) =>
    and(
      ...[s.profiles ? inArray(auditEvents.profile, [...s.profiles]) : undefined, s.kinds ? inArray(auditEvents.resourceType, [...s.kinds]) : undefined].filter(
        (c) => c !== undefined,
      ),
    ),
  );
  return [or(eq(auditEvents.actorId, visibility.actorId), ...scoped.map((c) => c ?? sql`true`))!];
}

/** The same rule for one event (the event page). */
export function eventVisible(event: AuditEvent, visibility: AuditVisibility | undefined): boolean {
  if (!visibility || event.actor.id === visibility.actorId) return true;
  return visibility.scopes.some((s) => (!s.profiles || s.profiles.includes(event.profile)) && (!s.kinds || s.kinds.includes(event.resourceType)));
}

function conditions(query: Omit<AuditQuery, 'page' | 'pageSize'>): SQL[] {
  const list: SQL[] = [];
  const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (query.category === 'access') list.push(inArray(auditEvents.resourceType, [...accessResourceTypes]));
  if (query.category === 'changes') list.push(notInArray(auditEvents.resourceType, [...accessResourceTypes]), notInArray(auditEvents.operation, [...outsideOperations]));
  if (query.category === 'outside') list.push(inArray(auditEvents.operation, [...outsideOperations]));
  if (query.actor) list.push(ilike(auditEvents.actorName, like(query.actor)));
  if (query.resourceType) list.push(eq(auditEvents.resourceType, query.resourceType));
  if (query.target) list.push(ilike(auditEvents.target, like(query.target)));
  if (query.operation) list.push(eq(auditEvents.operation, query.operation));
  if (query.result) list.push(eq(auditEvents.result, query.result));
  if (query.from) list.push(gte(auditEvents.at, new Date(query.from)));
  if (query.to) list.push(lte(auditEvents.at, new Date(query.to)));
  return list;
}
