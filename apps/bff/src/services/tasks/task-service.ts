import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@portico/contracts/errors';
import type { Task, TaskEvent, TaskList, TaskListQuery } from '@portico/contracts/tasks';
import { AppError } from '../../errors.ts';
import type { TaskBus, TaskListener } from './task-bus.ts';
import type { TaskRunner } from './task-runner.ts';
import type { NewTask, TaskStore } from './task-store.ts';

/** What routes and resource services see of tasks: start one, read one, watch one. */
export class TaskService {
  constructor(
    private readonly store: TaskStore,
    private readonly bus: TaskBus,
    private readonly runner: TaskRunner,
  ) {}

  /** A repeat of the same cloud operation (a replayed client token) joins the task already following it. */
  async start(task: Omit<NewTask, 'id'>): Promise<Task> {
    const existing = await this.store.findByOperation(task.cloud, task.profile, task.operationId);
    if (existing) return existing;
    const { task: created, events } = await this.store.create({ ...task, id: randomUUID() });
    for (const event of events) this.bus.publish(event);
    this.runner.follow(created.id);
    return created;
  }

  list(query: TaskListQuery): Promise<TaskList> {
    return this.store.list(query);
  }

  async get(id: string): Promise<Task> {
    const task = await this.store.get(id);
    if (!task) throw new AppError(ErrorCode.notFound, 'No such task.', 404);
    return task;
  }

  eventsAfter(id: string, seq: number): Promise<TaskEvent[]> {
    return this.store.eventsAfter(id, seq);
  }

  subscribe(id: string, listener: TaskListener): () => void {
    return this.bus.subscribe(id, listener);
  }
}
