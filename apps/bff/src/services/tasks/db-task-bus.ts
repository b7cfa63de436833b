import { EventEmitter } from 'node:events';
import { TaskEvent } from '@portico/contracts/tasks';
import type { Database } from '../../db/database.ts';
import type { Logger } from '../../logger.ts';
import type { TaskBus, TaskListener } from './task-bus.ts';

const CHANNEL = 'portico_task_events';
/** NOTIFY payloads must stay under 8000 bytes; larger events travel by reference. */
const MAX_INLINE = 7_000;

interface Notice {
  taskId: string;
  seq: number;
  event?: TaskEvent;
}

/**
 * Task events through the database's LISTEN/NOTIFY, so a browser watching through any instance
 * sees events written by any other. A big event is sent as (task, seq) and read from the store.
 */
export class DatabaseTaskBus implements TaskBus {
  readonly #local = new EventEmitter();
  readonly #lastSeq = new Map<string, number>();
  #stop: (() => Promise<void>) | undefined;

  constructor(
    private readonly database: Database,
    private readonly eventsAfter: (taskId: string, seq: number) => Promise<TaskEvent[]>,
    private readonly logger: Logger,
  ) {
    this.#local.setMaxListeners(0);
  }

  async start(): Promise<void> {
    this.#stop = await this.database.listen(
      CHANNEL,
      (payload) => void this.receive(payload),
      () => void this.catchUp(),
    );
  }

  async stop(): Promise<void> {
    await this.#stop?.();
  }

  publish(event: TaskEvent): void {
    const inline = JSON.stringify({ taskId: event.taskId, seq: event.seq, event } satisfies Notice);
    const payload = inline.length <= MAX_INLINE ? inline : JSON.stringify({ taskId: event.taskId, seq: event.seq } satisfies Notice);
    this.database.notify(CHANNEL, payload).catch((error: unknown) => this.logger.warn({ err: error }, 'task event notify failed'));
  }

  subscribe(taskId: string, listener: TaskListener): () => void {
    this.#local.on(taskId, listener);
    return () => {
      this.#local.off(taskId, listener);
      if (this.#local.listenerCount(taskId) === 0) this.#lastSeq.delete(taskId);
    };
  }

  private async receive(payload: string): Promise<void> {
    const notice = JSON.parse(payload) as Notice;
    if (this.#local.listenerCount(notice.taskId) === 0) return;
    const events = notice.event ? [TaskEvent.parse(notice.event)] : await this.eventsAfter(notice.taskId, notice.seq - 1);
    for (const event of events) this.deliver(event);
  }

  private deliver(event: TaskEvent): void {
    this.#lastSeq.set(event.taskId, Math.max(this.#lastSeq.get(event.taskId) ?? 0, event.seq));
    this.#local.emit(event.taskId, event);
  }

  /** After the listening connection came back: whatever was written meanwhile, from the store. */
  private async catchUp(): Promise<void> {
    for (const taskId of this.#local.eventNames().map(String)) {
      for (const event of await this.eventsAfter(taskId, this.#lastSeq.get(taskId) ?? 0)) this.deliver(event);
    }
  }
}
