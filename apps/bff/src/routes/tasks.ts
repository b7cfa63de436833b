import { Router } from 'express';
import { createSession } from 'better-sse';
import { routes } from '@portico/contracts/routes';
import type { TaskEvent } from '@portico/contracts/tasks';
import type { Drain } from '../http/drain.ts';
import type { StreamRegistry } from '../http/streams.ts';
import { resumeFrom } from '../http/last-event-id.ts';
import { handle, handleRaw } from '../http/routing.ts';
import type { TaskService } from '../services/tasks/task-service.ts';

const isEnd = (event: TaskEvent) => event.type === 'completed' || event.type === 'failed';

export function tasksRouter(tasks: TaskService, options: { checkResponses: boolean; keepAliveMs?: number; drain: Drain; streams: StreamRegistry }): Router {
  const router = Router();
  handle(router, routes.listTasks, ({ query }) => tasks.list(query), options);
  handle(router, routes.getTask, ({ params }) => tasks.get(params.id), options);

  /**
   * Replays what the watcher missed from the store, then relays live events. Subscribing before
   * the replay and skipping anything at or below the last sent seq means nothing is repeated.
   */
  handleRaw(router, routes.taskEvents, async ({ params: { id } }, req, res) => {
    const task = await tasks.get(id);
    options.streams.open(req, res);
    let lastSent = resumeFrom(req);
    const session = await createSession(req, res, { keepAlive: options.keepAliveMs ?? 15_000, retry: 2_000 });
    options.drain.track(res);
    let ended = false;
    const push = (event: TaskEvent) => {
      if (ended || event.seq <= lastSent || !session.isConnected) return;
      lastSent = event.seq;
      session.push(event, event.type, String(event.seq));
      if (isEnd(event)) {
        ended = true;
        // Let the final event flush, then close; the client stops on `completed` / `failed`.
        setImmediate(() => res.end());
      }
    };
    // Events are relayed one at a time, in order. A gap (an instance died between writing an event
    // and announcing it) is filled from the store, so nothing is lost and nothing repeats.
    let queue = Promise.resolve();
    const relay = (event: TaskEvent) => {
      queue = queue
        .then(async () => {
          if (event.seq > lastSent + 1) for (const missed of await tasks.eventsAfter(id, lastSent)) push(missed);
          push(event);
        })
        .catch(() => void res.end());
    };
    const unsubscribe = tasks.subscribe(id, relay);
    res.on('close', unsubscribe);
    for (const event of await tasks.eventsAfter(id, lastSent)) push(event);
    await queue;
    if (task.status !== 'running' && !ended) {
      // A finished task whose end the watcher already saw: nothing more will come.
      ended = true;
      res.end();
    }
  });
  return router;
}
