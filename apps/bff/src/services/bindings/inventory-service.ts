import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@portico/contracts/errors';
import type { ApiChain, Inventory, InventoryJob, ResourceImpact, SearchResult } from '@portico/contracts/bindings';
import type { CloudClients } from '../../clouds/cloud-clients.ts';
import { AppError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { apiChain } from './chain.ts';
import { resourceImpact } from './impact.ts';
import { searchInventory } from './search.ts';
import { InventoryBuilder } from './inventory-builder.ts';
import { indexOf } from './inventory-index.ts';
import type { InventoryStore, JobState } from './inventory-store.ts';
import type { JobNotices } from './job-notices.ts';
import { runLeasedBuild } from './leased-build.ts';
import type { DriftChange, SnapshotEntry } from './drift.ts';
import { patchInventory } from './patch.ts';
import { readResource, type ResourceRefInput } from './resource-reader.ts';

export interface InventoryOptions {
  /** Cloud calls of one kind (operation) in flight at once for one build. */
  concurrency: number;
  /** Progress events at most this often. */
  progressEveryMs: number;
  /** A builder that stops renewing its lease for this long is presumed dead: its job is taken over. */
  leaseTtlMs: number;
  /** How often orphaned jobs are looked for. */
  sweepIntervalMs: number;
  /** Finished jobs are kept this long (a watcher that reconnects late still finds its job). */
  keepFinishedMs: number;
  /**
   * A refresh within this long of the last build's start, with none running, is refused: a full
   * crawl costs hundreds or thousands of cloud calls, and anyone who may read may ask for one.
   */
  refreshCooldownMs: number;
  /** Snapshots kept per profile (each refresh is compared with the one before). */
  snapshotsKept: number;
  /** A refresh every this long, by whichever instance gets there first; 0: only when asked. */
  refreshEveryMs: number;
  /** Told what changed outside Portico between two refreshes (the audit log records it). */
  onDrift?: (profile: string, changes: DriftChange[]) => Promise<void>;
  /** Told when a build this instance ran ends (the metrics' build duration and inventory age). */
  onBuildEnded?: (profile: string, outcome: 'completed' | 'failed', seconds: number, asOf?: Date) => void;
}

export const defaultInventoryOptions: InventoryOptions = {
  concurrency: 6,
  progressEveryMs: 200,
  leaseTtlMs: 5_000,
  sweepIntervalMs: 1_000,
  keepFinishedMs: 60 * 60_000,
  refreshCooldownMs: 60_000,
  snapshotsKept: 10,
  refreshEveryMs: 0,
};

type Watcher = (state: JobState) => void;

/**
 * Inventory builds as jobs in the database, so every instance serves every viewer: one build at a
 * time per profile (a second refresh, on any instance, joins the running one), built by the
 * instance holding the job's lease, taken over when that instance dies, and followed from any
 * instance through change notices.
 */
export class InventoryService {
  readonly instanceId = randomUUID();
  readonly #watchers = new Map<string, Set<Watcher>>();
  readonly #builds = new Map<string, { abort: AbortController; done: Promise<void> }>();
  /** The parsed latest inventory per profile, re-read only when another job has replaced it. */
  readonly #latest = new Map<string, { version: number; inventory: Inventory }>();
  readonly #updates = new Set<Promise<void>>();
  #sweeper: NodeJS.Timeout | undefined;
  #scheduler: NodeJS.Timeout | undefined;
  #lastPrune = 0;
  #stopped = false;

  constructor(
    private readonly clouds: CloudClients,
    private readonly store: InventoryStore,
    private readonly notices: JobNotices,
    private readonly logger: Logger,
    private readonly options: InventoryOptions = defaultInventoryOptions,
  ) {}

  /** Listens for changes made anywhere, and looks for jobs whose builder died. */
  async start(): Promise<void> {
    await this.notices.start(
      (jobId) => void this.changed(jobId),
      () => void Promise.all([...this.#watchers.keys()].map((jobId) => this.changed(jobId))),
    );
    this.#sweeper = setInterval(() => void this.sweep().catch((error: unknown) => this.logger.warn({ err: error }, 'inventory sweep failed')), this.options.sweepIntervalMs);
    this.#sweeper.unref();
    if (this.options.refreshEveryMs > 0) {
      // Looked at a few times per period; whichever instance gets there first starts the build.
      const tick = Math.max(100, Math.min(60_000, Math.floor(this.options.refreshEveryMs / 4)));
      this.#scheduler = setInterval(() => void this.scheduled().catch((error: unknown) => this.logger.warn({ err: error }, 'scheduled inventory refresh failed')), tick);
      this.#scheduler.unref();
    }
  }

  /**
   * Starts a refresh of every profile whose last build began a period ago or more. Never twice at
   * once, on any instance: the running job is joined (the partial unique index on running jobs).
   */
  private async scheduled(): Promise<void> {
    if (this.#stopped) return;
    for (const { profile, asOf } of await this.store.profiles()) {
      const last = await this.store.lastStart(profile);
      if (last?.running) continue;
      const since = Date.now() - (last?.at ?? asOf).getTime();
      if (since < this.options.refreshEveryMs) continue;
      const { state, started } = await this.store.startOrJoin(randomUUID(), profile, this.instanceId, this.options.leaseTtlMs);
      if (!started) continue;
      this.logger.info({ jobId: state.job.id, profile }, 'scheduled inventory refresh');
      this.notices.announce(state.job.id);
      this.build(state);
    }
  }

  /** How often the inventory is refreshed without asking (0: never); views mark it stale past that. */
  get refreshEveryMs(): number {
    return this.options.refreshEveryMs;
  }

  /** Stops building and hands this instance's jobs back, so another instance finishes them. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#sweeper);
    clearInterval(this.#scheduler);
    for (const build of this.#builds.values()) build.abort.abort();
    await Promise.allSettled([...this.#builds.values()].map((b) => b.done));
    await this.settled();
    await this.notices.stop();
  }

  async latest(profile?: string): Promise<Inventory> {
    const id = this.clouds.alibaba(profile).profile.id;
    const version = await this.store.latestVersion(id);
    if (version === undefined) throw new AppError(ErrorCode.notFound, 'No inventory yet: refresh to build one.', 404);
    const cached = this.#latest.get(id);
    if (cached?.version === version) return cached.inventory;
    const latest = await this.store.latest(id);
    if (!latest) throw new AppError(ErrorCode.notFound, 'No inventory yet: refresh to build one.', 404);
    this.#latest.set(id, latest);
    return latest.inventory;
  }

  /**
   * After a change made through the console: re-reads the one resource it touched (a few calls,
   * no crawl) and updates the latest inventory with it. Nothing to do before a first build.
   */
  /** Starts `applyChange` without waiting (the change's answer does not wait for the inventory). */
  followChange(profile: string | undefined, ref: ResourceRefInput): void {
    const done = this.applyChange(profile, ref).catch((error: unknown) => this.logger.warn({ err: error, ref }, 'inventory update after a change failed'));
    this.#updates.add(done);
    void done.finally(() => this.#updates.delete(done));
  }

  /** Resolves when the updates started so far are done (tests, and stopping). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#updates]);
  }

  async applyChange(profile: string | undefined, ref: ResourceRefInput): Promise<void> {
    const id = this.clouds.alibaba(profile).profile.id;
    if ((await this.store.latestVersion(id)) === undefined) return;
    const read = await readResource(this.clouds, id, ref);
    const at = new Date();
    let entries: Record<string, SnapshotEntry | undefined> = {};
    const patched = await this.store.patch(id, (current) => {
      const result = patchInventory(current, ref, read, at);
      entries = result.entries;
      return result.inventory;
    });
    if (patched) this.#latest.set(id, patched);
    // Portico's own change: the next refresh must not report it as made outside.
    await this.store.touchSnapshot(id, entries, at);
  }

  /** After a build: keep its snapshot, and report what changed since the previous one outside Portico. */
  private async afterBuild(jobId: string, inventory: Inventory): Promise<void> {
    const startedAt = new Date(new Date(inventory.asOf).getTime() - inventory.durationMs);
    const changes = await this.store.snapshot(inventory.profile, jobId, startedAt, this.options.snapshotsKept);
    if (changes.length > 0) await this.options.onDrift?.(inventory.profile, changes);
  }

  /** What depends on one resource, from the latest inventory (the browser need not hold it whole). */
  async impact(key: string, profile?: string): Promise<ResourceImpact> {
    return resourceImpact(indexOf(await this.latest(profile)), key);
  }

  async search(q: string, limit: number, profile?: string): Promise<SearchResult> {
    return searchInventory(indexOf(await this.latest(profile)), q, limit);
  }

  async apiChain(key: string, profile?: string): Promise<ApiChain> {
    return apiChain(indexOf(await this.latest(profile)), key);
  }

  async refresh(profile?: string): Promise<InventoryJob> {
    const id = this.clouds.alibaba(profile).profile.id;
    await this.checkCooldown(id);
    const { state, started } = await this.store.startOrJoin(randomUUID(), id, this.instanceId, this.options.leaseTtlMs);
    if (started) {
      this.notices.announce(state.job.id);
      this.build(state);
    }
    return state.job;
  }

  /** Joining a running build is always fine; starting one again so soon is not. */
  private async checkCooldown(profile: string): Promise<void> {
    const last = await this.store.lastStart(profile);
    if (!last || last.running) return;
    const waitMs = last.at.getTime() + this.options.refreshCooldownMs - Date.now();
    if (waitMs <= 0) return;
    const ago = Math.max(1, Math.round((Date.now() - last.at.getTime()) / 1000));
    const wait = Math.ceil(waitMs / 1000);
    throw new AppError(ErrorCode.rateLimited, `The inventory was refreshed ${ago} s ago. Refresh again in ${wait} s.`, 429, { retryAfterSeconds: wait });
  }

  async job(id: string): Promise<InventoryJob> {
    return (await this.state(id)).job;
  }

  /**
   * Calls back with the job's state when it is newer than `after` (a resumed stream's last event
   * id), then on every change made by any instance. Returns the unsubscribe and the state read.
   */
  async watch(id: string, after: number, listener: (state: JobState) => void): Promise<{ stop: () => void; state: JobState }> {
    let lastSeq = after;
    const watcher: Watcher = (state) => {
      if (state.seq <= lastSeq) return;
      lastSeq = state.seq;
      listener(state);
    };
    const watchers = this.#watchers.get(id) ?? new Set<Watcher>();
    this.#watchers.set(id, watchers.add(watcher));
    const unsubscribe = () => {
      watchers.delete(watcher);
      if (watchers.size === 0 && this.#watchers.get(id) === watchers) this.#watchers.delete(id);
    };
    try {
      const state = await this.state(id);
      watcher(state);
      return { stop: unsubscribe, state };
    } catch (error) {
      unsubscribe();
      throw error;
    }
  }

  private async state(id: string): Promise<JobState> {
    const state = await this.store.get(id);
    if (!state) throw new AppError(ErrorCode.notFound, 'No such inventory job.', 404);
    return state;
  }

  /** One read per change per instance, however many watch it here. */
  private async changed(jobId: string): Promise<void> {
    const watchers = this.#watchers.get(jobId);
    if (!watchers) return;
    const state = await this.store.get(jobId).catch(() => undefined);
    if (state) for (const watcher of watchers) watcher(state);
  }

  private build(state: JobState): void {
    const { id, profile } = state.job;
    if (this.#builds.has(id) || this.#stopped) return;
    const abort = new AbortController();
    const done = runLeasedBuild({
      jobId: id,
      owner: this.instanceId,
      store: this.store,
      logger: this.logger,
      options: this.options,
      abort,
      announce: (jobId) => this.notices.announce(jobId),
      completed: (inventory) => this.afterBuild(id, inventory),
      build: (signal, onProgress) => this.timed(profile, () => new InventoryBuilder(this.clouds, profile, this.options.concurrency, onProgress, signal).build()),
    })
      .catch((error: unknown) => this.logger.error({ err: error, jobId: id }, 'inventory build crashed'))
      .finally(() => this.#builds.delete(id));
    this.#builds.set(id, { abort, done });
  }

  /** Runs a build and tells the metrics how long it took and how it ended. */
  private async timed(profile: string, build: () => Promise<Inventory>): Promise<Inventory> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const inventory = await build();
      this.options.onBuildEnded?.(profile, 'completed', seconds(), new Date(inventory.asOf));
      return inventory;
    } catch (error) {
      this.options.onBuildEnded?.(profile, 'failed', seconds());
      throw error;
    }
  }

  /** Takes over jobs whose builder is gone, and now and then forgets long-finished jobs. */
  private async sweep(): Promise<void> {
    if (this.#stopped) return;
    for (let orphan = await this.claim(); orphan; orphan = await this.claim()) {
      this.logger.info({ jobId: orphan.job.id }, 'taking over an inventory build');
      this.notices.announce(orphan.job.id);
      this.build(orphan);
    }
    if (Date.now() - this.#lastPrune >= Math.min(this.options.keepFinishedMs, 60_000)) {
      this.#lastPrune = Date.now();
      await this.store.prune(this.options.keepFinishedMs);
    }
  }

  private claim(): Promise<JobState | undefined> {
    return this.#stopped ? Promise.resolve(undefined) : this.store.claimOrphan(this.instanceId, this.options.leaseTtlMs);
  }
}
