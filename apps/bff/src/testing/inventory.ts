import { EventSource } from 'eventsource';
import { InventoryJob } from '@portico/contracts/bindings';
import { pathOf, routes } from '@portico/contracts/routes';
import type { ApiClient } from './client.ts';

/** One event of an inventory job's stream: the job's state and the event's id. */
export interface JobEvent {
  job: InventoryJob;
  id: string;
}

/** Starts an inventory build (or joins the running one) and returns its job. */
export async function startInventoryBuild(client: ApiClient, query = ''): Promise<InventoryJob> {
  const started = await client.request(routes.refreshInventory.method, `${routes.refreshInventory.path}${query}`);
  if (started.status !== 202) throw new Error(`refresh refused: ${started.status} ${started.text}`);
  return InventoryJob.parse(started.body);
}

/** Follows a job's SSE stream as a browser would, until it ends (or `stopAfter` events). */
export function followInventoryJob(
  client: ApiClient,
  jobId: string,
  options: { lastEventId?: string; stopAfter?: (event: JobEvent) => boolean; timeoutMs?: number } = {},
): Promise<JobEvent[]> {
  return new Promise((resolve, reject) => {
    const seen: JobEvent[] = [];
    const headers = { ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}), ...(client.cookie ? { cookie: client.cookie } : {}) };
    const source = new EventSource(client.baseUrl + pathOf(routes.inventoryJobEvents.path, { id: jobId }), {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, ...headers } }),
    });
    const timer = setTimeout(() => finish(new Error(`inventory did not finish; last ${JSON.stringify(seen.at(-1))}`)), options.timeoutMs ?? 120_000);
    let finished = false;
    const finish = (error?: Error) => {
      finished = true;
      clearTimeout(timer);
      source.close();
      if (error) reject(error);
      else resolve(seen);
    };
    source.onerror = (error) => {
      if (error.code && error.code >= 400) finish(new Error(`stream refused with ${error.code}`));
    };
    for (const type of routes.inventoryJobEvents.events) {
      source.addEventListener(type, (message) => {
        // Events already in the same chunk still arrive after close(): the result is final.
        if (finished) return;
        const event = { job: InventoryJob.parse(JSON.parse(message.data)), id: message.lastEventId };
        seen.push(event);
        if (event.job.status !== 'running' || options.stopAfter?.(event)) finish();
      });
    }
  });
}

/** Starts an inventory build and follows its SSE progress to the end; returns every state seen. */
export async function buildInventory(client: ApiClient, query = ''): Promise<InventoryJob[]> {
  const job = await startInventoryBuild(client, query);
  return (await followInventoryJob(client, job.id)).map((event) => event.job);
}
