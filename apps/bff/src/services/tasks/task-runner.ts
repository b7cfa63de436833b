import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TaskApiResult, TaskEvent, TaskKind } from '@portico/contracts/tasks';
import type { Logger } from '../../logger.ts';
import type { TaskBus } from './task-bus.ts';
import type { TaskStore } from './task-store.ts';

/** Asks the cloud how a task is doing; one per task kind. */
export type TaskPoller = (task: { profile: string; operationId: string }) => Promise<TaskApiResult[]>;

export interface TaskRunnerOptions {
  /** First poll delay and the floor it returns to whenever something changed. */
  minIntervalMs: number;
  maxIntervalMs: number;
  leaseTtlMs: number;
  /** How often orphaned tasks (restart, dead instance) are looked for. */
  sweepIntervalMs: number;
  /** A task with no successful poll for this long is given up as failed. */
  giveUpAfterMs: number;
}

/** The lease outlives the longest poll gap, and orphans are looked for often: a dead instance's tasks move within seconds. */
export const defaultRunnerOptions: TaskRunnerOptions = {
  minIntervalMs: 250,
  maxIntervalMs: 2_000,
  leaseTtlMs: 5_000,
  sweepIntervalMs: 1_000,
  giveUpAfterMs: 15 * 60_000,
};

/**
 * Follows running tasks: one poll loop per task per instance, and only while this instance holds
 * the task's lease, so however many browsers watch, the cloud is asked once per interval.
 */
export class TaskRunner {
  readonly instanceId = randomUUID();
  readonly #active = new Map<string, Promise<void>>();
  readonly #abort = new AbortController();
  #sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: TaskStore,
    private readonly bus: TaskBus,
    private readonly pollers: Record<TaskKind, TaskPoller | undefined>,
    private readonly logger: Logger,
    private readonly options: TaskRunnerOptions = defaultRunnerOptions,
    /** Told once when a task ends (the audit log records the outcome). */
    private readonly onEnded: (taskId: string, status: string) => Promise<void> = async () => undefined,
  ) {}

  /** Picks up tasks left running by a restart or by an instance that died, then keeps looking. */
  start(): void {
    const sweep = () => void this.sweep().catch((error: unknown) => this.logger.warn({ err: error }, 'task sweep failed'));
    sweep();
    this.#sweeper = setInterval(sweep, this.options.sweepIntervalMs);
    this.#sweeper.unref();
  }

  async sweep(): Promise<void> {
    if (this.#abort.signal.aborted) return;
    for (const id of await this.store.orphaned(this.instanceId)) this.follow(id);
  }

  follow(taskId: string): void {
    if (this.#active.has(taskId) || this.#abort.signal.aborted) return;
    const loop = this.run(taskId)
      .catch((error: unknown) => this.logger.error({ err: error, taskId }, 'task loop crashed'))
      .finally(() => this.#active.delete(taskId));
    this.#active.set(taskId, loop);
  }

  /** Stops polling, lets the current poll finish, and hands the leases back. */
  async stop(): Promise<void> {
    clearInterval(this.#sweeper);
    this.#abort.abort();
    await Promise.allSettled(this.#active.values());
  }

  get activeCount(): number {
    return this.#active.size;
  }

  private async publish(events: TaskEvent[]): Promise<void> {
    for (const event of events) {
      this.bus.publish(event);
      if (event.type === 'completed' || event.type === 'failed') {
        await this.onEnded(event.taskId, event.type).catch((error: unknown) => this.logger.error({ err: error }, 'recording a task outcome failed'));
      }
    }
  }

  private async run(taskId: string): Promise<void> {
    const signal = this.#abort.signal;
    let interval = this.options.minIntervalMs;
    let lastSuccess = Date.now();
    let leaseLost = false;
    if (!(await this.store.acquireLease(taskId, this.instanceId, this.options.leaseTtlMs))) return;
    // A slow cloud call must not let the lease lapse under it: renew it while the loop lives.
    const heartbeat = setInterval(
      () => {
        void this.store.acquireLease(taskId, this.instanceId, this.options.leaseTtlMs).then(
          (held) => (leaseLost ||= !held),
          () => undefined,
        );
      },
      Math.max(100, Math.floor(this.options.leaseTtlMs / 3)),
    );
    heartbeat.unref();
    try {
      while (!signal.aborted && !leaseLost) {
        const task = await this.store.get(taskId);
        const poll = task ? this.pollers[task.kind as TaskKind] : undefined;
        if (!task || task.status !== 'running' || !poll) return;
        try {
          const reported = await poll(task);
          lastSuccess = Date.now();
          const { task: after, events } = await this.store.applyPoll(taskId, reported);
          await this.publish(events);
          if (after.status !== 'running') return;
          interval = events.length > 0 ? this.options.minIntervalMs : Math.min(interval * 1.5, this.options.maxIntervalMs);
        } catch (error) {
          this.logger.warn({ err: error, taskId }, 'task poll failed; backing off');
          if (Date.now() - lastSuccess > this.options.giveUpAfterMs) {
            await this.publish(await this.store.abandon(taskId, 'The cloud stopped answering about this task.'));
            return;
          }
          interval = Math.min(interval * 2, this.options.maxIntervalMs);
        }
        await sleep(interval, undefined, { signal }).catch(() => undefined);
      }
    } finally {
      clearInterval(heartbeat);
      await this.store.releaseLease(taskId, this.instanceId).catch(() => undefined);
    }
  }
}
