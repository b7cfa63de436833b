import { and, desc, eq, inArray, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Inventory, InventoryJob, InventoryPhase } from '@portico/contracts/bindings';
import type { Db } from '../../db/database.ts';
import { inventories, inventoryJobs, inventorySnapshots } from '../../db/schema.ts';
import { diffSnapshots, snapshotOf, type DriftChange, type SnapshotData, type SnapshotEntry } from './drift.ts';

type JobRow = typeof inventoryJobs.$inferSelect;

/** A job as watchers see it, with the number of its latest change (its stream's event id). */
export interface JobState {
  job: InventoryJob;
  seq: number;
}

export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

const toState = (row: JobRow): JobState => ({
  job: {
    id: row.id,
    profile: row.profile,
    status: row.status as InventoryJob['status'],
    done: row.done,
    total: row.total,
    phase: row.phase,
    ...(row.error ? { error: row.error } : {}),
  },
  seq: row.seq,
});

const leaseUntil = (ttlMs: number) => sql`now() + ${`${ttlMs} milliseconds`}::interval`;
/** Every change is a new event for watchers; the database's clock, like the leases and the pruning. */
const bumped = () => ({ seq: sql`${inventoryJobs.seq} + 1`, updatedAt: sql`now()` });
const leaseIsFree = or(isNull(inventoryJobs.leaseOwner), lt(inventoryJobs.leaseExpiresAt, sql`now()`));

/**
 * Inventory jobs and results in the database. Every write by a builder names it as the lease
 * owner, so a builder that lost its lease (it stalled and another took over) changes nothing.
 */
export class InventoryStore {
  constructor(private readonly db: Db) {}

  /**
   * The running job of a profile, or a new one leased to `owner`. The partial unique index makes
   * this atomic across instances: of two racing inserts one does nothing and reads the winner.
   */
  async startOrJoin(id: string, profile: string, owner: string, ttlMs: number): Promise<{ state: JobState; started: boolean }> {
    for (;;) {
      const [inserted] = await this.db
        .insert(inventoryJobs)
        .values({ id, profile, status: 'running', phase: 'starting', leaseOwner: owner, leaseExpiresAt: leaseUntil(ttlMs) })
        .onConflictDoNothing({ target: inventoryJobs.profile, where: sql`status = 'running'` })
        .returning();
      if (inserted) return { state: toState(inserted), started: true };
      const [running] = await this.db
        .select()
        .from(inventoryJobs)
        .where(and(eq(inventoryJobs.profile, profile), eq(inventoryJobs.status, 'running')));
      // The running job may have ended between the two statements: try again.
      if (running) return { state: toState(running), started: false };
    }
  }

  async get(id: string): Promise<JobState | undefined> {
    const [row] = await this.db.select().from(inventoryJobs).where(eq(inventoryJobs.id, id));
    return row ? toState(row) : undefined;
  }

  /** Records progress; undefined when the lease is no longer ours (stop building). */
  async progress(id: string, owner: string, progress: JobProgress): Promise<JobState | undefined> {
    return this.change(id, owner, progress);
  }

  /** Renews the lease; false when another instance holds it now. */
  async renew(id: string, owner: string, ttlMs: number): Promise<boolean> {
    const rows = await this.db
      .update(inventoryJobs)
      .set({ leaseExpiresAt: leaseUntil(ttlMs) })
      .where(and(eq(inventoryJobs.id, id), eq(inventoryJobs.leaseOwner, owner), eq(inventoryJobs.status, 'running')))
      .returning({ id: inventoryJobs.id });
    return rows.length === 1;
  }

  /** Stores the result and ends the job in one transaction, if the lease is still ours. */
  async complete(id: string, owner: string, inventory: Inventory): Promise<JobState | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(inventoryJobs)
        .set({ status: 'completed', phase: 'done', done: sql`${inventoryJobs.total}`, ...this.ended(), ...bumped() })
        .where(this.ownRunning(id, owner))
        .returning();
      if (!row) return undefined;
      const latest = { jobId: id, asOf: new Date(inventory.asOf), data: inventory };
      await tx
        .insert(inventories)
        .values({ profile: row.profile, ...latest })
        .onConflictDoUpdate({ target: inventories.profile, set: { ...latest, version: sql`${inventories.version} + 1` } });
      return toState(row);
    });
  }

  async fail(id: string, owner: string, error: string): Promise<JobState | undefined> {
    return this.change(id, owner, { status: 'failed', error, ...this.ended() });
  }

  /** Hands the lease back (this instance stops): another takes the job over at its next sweep. */
  async release(id: string, owner: string): Promise<void> {
    await this.db
      .update(inventoryJobs)
      .set({ leaseOwner: null, leaseExpiresAt: null })
      .where(and(eq(inventoryJobs.id, id), eq(inventoryJobs.leaseOwner, owner)));
  }

  /**
   * Takes over one running job whose builder is gone (lease expired or released). SKIP LOCKED lets
   * instances sweeping at the same moment each take a different job, never the same one. The
   * build starts again from the beginning (a half-built inventory is not kept anywhere).
   */
  async claimOrphan(owner: string, ttlMs: number): Promise<JobState | undefined> {
    const orphan = this.db
      .select({ id: inventoryJobs.id })
      .from(inventoryJobs)
      .where(and(eq(inventoryJobs.status, 'running'), leaseIsFree))
      .orderBy(inventoryJobs.createdAt)
      .limit(1)
      .for('update', { skipLocked: true });
    const [row] = await this.db
      .update(inventoryJobs)
      .set({
        leaseOwner: owner,
        leaseExpiresAt: leaseUntil(ttlMs),
        phase: 'starting again (the previous builder stopped)' satisfies InventoryPhase,
        done: 0,
        total: 0,
        ...bumped(),
      })
      .where(inArray(inventoryJobs.id, orphan))
      .returning();
    return row ? toState(row) : undefined;
  }

  /** Forgets jobs that ended more than `olderThanMs` ago; the inventories they built stay. */
  async prune(olderThanMs: number): Promise<number> {
    const rows = await this.db
      .delete(inventoryJobs)
      .where(and(inArray(inventoryJobs.status, ['completed', 'failed']), lt(inventoryJobs.updatedAt, sql`now() - ${`${olderThanMs} milliseconds`}::interval`)))
      .returning({ id: inventoryJobs.id });
    return rows.length;
  }

  /** When the latest build of a profile started, and whether it still runs (any instance's). */
  async lastStart(profile: string): Promise<{ at: Date; running: boolean } | undefined> {
    const [row] = await this.db
      .select({ at: inventoryJobs.createdAt, status: inventoryJobs.status })
      .from(inventoryJobs)
      .where(eq(inventoryJobs.profile, profile))
      .orderBy(desc(inventoryJobs.createdAt))
      .limit(1);
    return row ? { at: row.at, running: row.status === 'running' } : undefined;
  }

  /** Every profile with an inventory, and when it was built. */
  async profiles(): Promise<{ profile: string; asOf: Date }[]> {
    return this.db.select({ profile: inventories.profile, asOf: inventories.asOf }).from(inventories);
  }

  /** The version of the latest inventory of a profile: a cheap check before reading it whole. */
  async latestVersion(profile: string): Promise<number | undefined> {
    const [row] = await this.db.select({ version: inventories.version }).from(inventories).where(eq(inventories.profile, profile));
    return row?.version;
  }

  async latest(profile: string): Promise<{ version: number; jobId: string; inventory: Inventory } | undefined> {
    const [row] = await this.db
      .select({ version: inventories.version, jobId: inventories.jobId, data: inventories.data })
      .from(inventories)
      .where(eq(inventories.profile, profile));
    return row ? { version: row.version, jobId: row.jobId, inventory: row.data } : undefined;
  }

  /**
   * Replaces the latest inventory with `change(current)`, the row locked meanwhile so that two
   * instances updating at once apply both. Undefined when there is no inventory yet.
   */
  async patch(profile: string, change: (current: Inventory) => Inventory): Promise<{ version: number; inventory: Inventory } | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.select({ data: inventories.data }).from(inventories).where(eq(inventories.profile, profile)).for('update');
      if (!row) return undefined;
      const inventory = change(row.data);
      const [updated] = await tx
        .update(inventories)
        .set({ data: inventory, version: sql`${inventories.version} + 1` })
        .where(eq(inventories.profile, profile))
        .returning({ version: inventories.version });
      return updated ? { version: updated.version, inventory } : undefined;
    });
  }

  /**
   * Keeps what a finished refresh saw and returns what changed since the previous snapshot (none
   * for the first). The previous row is locked meanwhile, so a console change recorded into it
   * at the same moment is either seen here or waits. Only the newest `keep` snapshots stay.
   */
  async snapshot(profile: string, jobId: string, startedAt: Date, keep: number): Promise<DriftChange[]> {
    return this.db.transaction(async (tx) => {
      // The stored document, not the build's own result: a console change that came in since the
      // build was stored has been applied to it, and is Portico's own.
      const [stored] = await tx.select({ jobId: inventories.jobId, data: inventories.data }).from(inventories).where(eq(inventories.profile, profile)).for('update');
      // Another build has replaced it meanwhile: that one keeps its own snapshot.
      if (stored?.jobId !== jobId) return [];
      const next = snapshotOf(stored.data);
      const [previous] = await tx
        .select({ data: inventorySnapshots.data })
        .from(inventorySnapshots)
        .where(eq(inventorySnapshots.profile, profile))
        .orderBy(desc(inventorySnapshots.takenAt))
        .limit(1)
        .for('update');
      const { changes, snapshot } = previous ? diffSnapshots(previous.data as unknown as SnapshotData, next, startedAt) : { changes: [], snapshot: next };
      await tx.insert(inventorySnapshots).values({ id: randomUUID(), profile, jobId, data: snapshot as unknown as Record<string, unknown> });
      const kept = tx
        .select({ id: inventorySnapshots.id })
        .from(inventorySnapshots)
        .where(eq(inventorySnapshots.profile, profile))
        .orderBy(desc(inventorySnapshots.takenAt))
        .limit(Math.max(1, keep));
      await tx.delete(inventorySnapshots).where(and(eq(inventorySnapshots.profile, profile), notInArray(inventorySnapshots.id, kept)));
      return changes;
    });
  }

  /**
   * A change made through the console: the latest snapshot takes the resource as the console left
   * it (or loses it), and marks it touched, so the next refresh does not report it as made outside.
   */
  async touchSnapshot(profile: string, entries: Record<string, SnapshotEntry | undefined>, at: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [latest] = await tx
        .select({ id: inventorySnapshots.id, data: inventorySnapshots.data })
        .from(inventorySnapshots)
        .where(eq(inventorySnapshots.profile, profile))
        .orderBy(desc(inventorySnapshots.takenAt))
        .limit(1)
        .for('update');
      if (!latest) return;
      const data = latest.data as unknown as SnapshotData;
      const resources = new Map(Object.entries(data.resources));
      const touched = { ...data.touched };
      for (const [key, entry] of Object.entries(entries)) {
        if (entry) resources.set(key, entry);
        else resources.delete(key);
        touched[key] = at.toISOString();
      }
      await tx
        .update(inventorySnapshots)
        .set({ data: { resources: Object.fromEntries(resources), touched } as unknown as Record<string, unknown> })
        .where(eq(inventorySnapshots.id, latest.id));
    });
  }

  private ended() {
    return { leaseOwner: null, leaseExpiresAt: null };
  }

  private ownRunning(id: string, owner: string) {
    return and(eq(inventoryJobs.id, id), eq(inventoryJobs.leaseOwner, owner), eq(inventoryJobs.status, 'running'));
  }

  private async change(id: string, owner: string, patch: Partial<typeof inventoryJobs.$inferInsert>): Promise<JobState | undefined> {
    const [row] = await this.db
      .update(inventoryJobs)
      .set({ ...patch, ...bumped() })
      .where(this.ownRunning(id, owner))
      .returning();
    return row ? toState(row) : undefined;
  }
}
