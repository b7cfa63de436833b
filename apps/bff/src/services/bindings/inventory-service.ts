import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { ErrorCode } from '@portico/contracts/errors';
import type { Inventory, InventoryJob } from '@portico/contracts/bindings';
import type { CloudClients } from '../../clouds/cloud-clients.ts';
import { AppError } from '../../http/app-error.ts';
import type { Logger } from '../../logger.ts';
import { InventoryBuilder } from './inventory-builder.ts';

export interface InventoryOptions {
  /** Cloud calls in flight at once for one build. */
  concurrency: number;
  /** Progress events at most this often. */
  progressEveryMs: number;
  /** Told when a build ends (the metrics' build duration and inventory age). */
  onBuildEnded?: (profile: string, outcome: 'completed' | 'failed', seconds: number, asOf?: Date) => void;
}

export const defaultInventoryOptions: InventoryOptions = { concurrency: 6, progressEveryMs: 200 };

/**
 * Builds inventories as jobs (one at a time per profile; a second refresh joins the running one),
 * keeps the last result per profile with its "as of" time, and tells watchers how a job goes.
 */
export class InventoryService {
  readonly #latest = new Map<string, Inventory>();
  readonly #jobs = new Map<string, InventoryJob>();
  readonly #running = new Map<string, string>();
  readonly #events = new EventEmitter();

  constructor(
    private readonly clouds: CloudClients,
    private readonly logger: Logger,
    private readonly options: InventoryOptions = defaultInventoryOptions,
  ) {
    this.#events.setMaxListeners(0);
  }

  latest(profile?: string): Inventory {
    const id = this.clouds.alibaba(profile).profile.id;
    const inventory = this.#latest.get(id);
    if (!inventory) throw new AppError(ErrorCode.notFound, 'No inventory yet: refresh to build one.', 404);
    return inventory;
  }

  refresh(profile?: string): InventoryJob {
    const id = this.clouds.alibaba(profile).profile.id;
    const runningId = this.#running.get(id);
    if (runningId) return this.#jobs.get(runningId)!;
    const job: InventoryJob = { id: randomUUID(), profile: id, status: 'running', done: 0, total: 0, phase: 'starting' };
    this.#jobs.set(job.id, job);
    this.#running.set(id, job.id);
    void this.run(job);
    return job;
  }

  job(id: string): InventoryJob {
    const job = this.#jobs.get(id);
    if (!job) throw new AppError(ErrorCode.notFound, 'No such inventory job.', 404);
    return job;
  }

  /** Calls back with the job's state now and on every change; returns the unsubscribe. */
  watch(id: string, listener: (job: InventoryJob) => void): () => void {
    const job = this.job(id);
    listener({ ...job });
    this.#events.on(id, listener);
    return () => this.#events.off(id, listener);
  }

  private async run(job: InventoryJob): Promise<void> {
    let lastSent = 0;
    const update = (patch: Partial<InventoryJob>, force = false) => {
      Object.assign(job, patch);
      const now = Date.now();
      if (force || now - lastSent >= this.options.progressEveryMs) {
        lastSent = now;
        this.#events.emit(job.id, { ...job });
      }
    };
    const started = performance.now();
    const ended = (outcome: 'completed' | 'failed', asOf?: Date) => this.options.onBuildEnded?.(job.profile, outcome, (performance.now() - started) / 1000, asOf);
    try {
      const builder = new InventoryBuilder(this.clouds, job.profile, this.options.concurrency, (p) => update(p));
      const inventory = await builder.build();
      this.#latest.set(job.profile, inventory);
      ended('completed', new Date(inventory.asOf));
      update({ status: 'completed', phase: 'done', done: job.total }, true);
    } catch (error) {
      ended('failed');
      this.logger.warn({ err: error }, 'inventory build failed');
      update({ status: 'failed', error: error instanceof Error ? error.message : 'The inventory could not be built.' }, true);
    } finally {
      this.#running.delete(job.profile);
    }
  }
}
