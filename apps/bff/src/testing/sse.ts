import { EventSource } from 'eventsource';
import { TaskEvent } from '@portico/contracts/tasks';
import { taskEventsPath } from '@portico/contracts/routes';
import type { ApiClient } from './client.ts';

const eventTypes = ['started', 'progress', 'completed', 'failed'] as const;

/** Watches a task's stream as a browser would, until it ends or `stopAfter` events arrived. */
export function collectTaskEvents(client: ApiClient, taskId: string, options: { lastEventId?: number; stopAfter?: number; timeoutMs?: number } = {}): Promise<TaskEvent[]> {
  return new Promise((resolve, reject) => {
    const events: TaskEvent[] = [];
    const headers = {
      ...(options.lastEventId ? { 'last-event-id': String(options.lastEventId) } : {}),
      ...(client.cookie ? { cookie: client.cookie } : {}),
    };
    const source = new EventSource(client.baseUrl + taskEventsPath(taskId), {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, ...headers } }),
    });
    const finish = (error?: Error) => {
      clearTimeout(timer);
      source.close();
      if (error) reject(error);
      else resolve(events);
    };
    source.onerror = (error) => {
      if (error.code && error.code >= 400) finish(new Error(`stream refused with ${error.code}`));
    };
    const timer = setTimeout(() => finish(new Error(`stream did not end within ${options.timeoutMs ?? 15_000} ms; got ${events.length} events`)), options.timeoutMs ?? 15_000);
    for (const type of eventTypes) {
      source.addEventListener(type, (message) => {
        const event = TaskEvent.parse(JSON.parse(message.data));
        if (String(event.seq) !== message.lastEventId) return finish(new Error(`event id ${message.lastEventId} is not seq ${event.seq}`));
        events.push(event);
        if (event.type === 'completed' || event.type === 'failed') finish();
        else if (options.stopAfter && events.length >= options.stopAfter) finish();
      });
    }
  });
}
