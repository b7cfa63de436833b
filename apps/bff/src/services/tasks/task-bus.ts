import { EventEmitter } from 'node:events';
import type { TaskEvent } from '@portico/contracts/tasks';

export type TaskListener = (event: TaskEvent) => void;

/**
 * Delivers a task's events to the watchers on this instance. The multi-instance variant relays
 * through the database; watchers do not care which.
 */
export interface TaskBus {
  publish(event: TaskEvent): void;
  subscribe(taskId: string, listener: TaskListener): () => void;
}

export class InProcessTaskBus implements TaskBus {
  readonly #emitter = new EventEmitter();

  constructor() {
    // Many browsers may watch one task; each is one listener.
    this.#emitter.setMaxListeners(0);
  }

  publish(event: TaskEvent): void {
    this.#emitter.emit(event.taskId, event);
  }

  subscribe(taskId: string, listener: TaskListener): () => void {
    this.#emitter.on(taskId, listener);
    return () => this.#emitter.off(taskId, listener);
  }
}
