import type { Inventory } from '@portico/contracts/bindings';
import type { Logger } from '../../logger.ts';
import type { InventoryStore, JobProgress } from './inventory-store.ts';

export interface LeasedBuildOptions {
  leaseTtlMs: number;
  /** Progress is written at most this often. */
  progressEveryMs: number;
}

export interface LeasedBuild {
  jobId: string;
  owner: string;
  store: InventoryStore;
  logger: Logger;
  options: LeasedBuildOptions;
  /** Aborted by the caller when this instance stops; aborted here when the lease is lost. */
  abort: AbortController;
  announce: (jobId: string) => void;
  /** After the result is stored (this instance built it), before it is announced: snapshots and drift. */
  completed?: (inventory: Inventory) => Promise<void>;
  build: (signal: AbortSignal, onProgress: (progress: JobProgress) => void) => Promise<Inventory>;
}

/**
 * Runs one build while holding its job's lease: renews the lease with a heartbeat, writes
 * progress now and then, and stores the result. Losing the lease (this instance stalled and
 * another took over) stops the build; every write names the owner, so a late one changes nothing.
 */
export async function runLeasedBuild(run: LeasedBuild): Promise<void> {
  const { jobId, owner, store, options, abort } = run;
  const heartbeat = setInterval(
    () => {
      void store.renew(jobId, owner, options.leaseTtlMs).then(
        (held) => held || abort.abort(),
        () => undefined,
      );
    },
    Math.max(100, Math.floor(options.leaseTtlMs / 3)),
  );
  heartbeat.unref();
  const progress = progressWriter(run);
  try {
    const inventory = await run.build(abort.signal, progress.report);
    await progress.idle();
    if (abort.signal.aborted) return;
    if (await store.complete(jobId, owner, inventory)) {
      // Snapshot and drift before the job is announced: whoever waits for "completed" (the page,
      // a test) then also finds the outside-Portico events this build found.
      await run.completed?.(inventory).catch((error: unknown) => run.logger.warn({ err: error, jobId }, 'inventory snapshot or drift failed'));
      run.announce(jobId);
    }
  } catch (error) {
    if (abort.signal.aborted) return;
    run.logger.warn({ err: error, jobId }, 'inventory build failed');
    const message = error instanceof Error ? error.message : 'The inventory could not be built.';
    if (await store.fail(jobId, owner, message).catch(() => undefined)) run.announce(jobId);
  } finally {
    clearInterval(heartbeat);
    // Stopping: hand the job to another instance now (after a lost lease there is nothing of ours left).
    if (abort.signal.aborted) await store.release(jobId, owner).catch(() => undefined);
  }
}

/** Keeps the latest progress and writes it at most every `progressEveryMs`, one write at a time. */
function progressWriter({ jobId, owner, store, options, abort, announce }: LeasedBuild) {
  let pending: JobProgress | undefined;
  let lastWrite = 0;
  let writing: Promise<void> | undefined;
  const write = async () => {
    while (pending && !abort.signal.aborted) {
      const next = pending;
      pending = undefined;
      lastWrite = Date.now();
      const state = await store.progress(jobId, owner, next).catch(() => 'error' as const);
      if (state === undefined) abort.abort();
      else if (state !== 'error') announce(jobId);
    }
    writing = undefined;
  };
  return {
    report: (next: JobProgress) => {
      pending = next;
      if (!writing && Date.now() - lastWrite >= options.progressEveryMs) writing = write();
    },
    idle: async () => void (await writing),
  };
}
