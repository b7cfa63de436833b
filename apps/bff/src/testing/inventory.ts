import { EventSource } from 'eventsource';
import { InventoryJob } from '@portico/contracts/bindings';
import { pathOf, routes } from '@portico/contracts/routes';
import type { ApiClient } from './client.ts';

/** Starts an inventory build and follows its SSE progress to the end; returns every state seen. */
export async function buildInventory(client: ApiClient, query = ''): Promise<InventoryJob[]> {
  const started = await client.request(routes.refreshInventory.method, `${routes.refreshInventory.path}${query}`);
  if (started.status !== 202) throw new Error(`refresh refused: ${started.status} ${started.text}`);
  const job = InventoryJob.parse(started.body);
  return new Promise((resolve, reject) => {
    const seen: InventoryJob[] = [];
    const source = new EventSource(client.baseUrl + pathOf(routes.inventoryJobEvents.path, { id: job.id }), {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, ...(client.cookie ? { cookie: client.cookie } : {}) } }),
    });
    const timer = setTimeout(() => finish(new Error(`inventory did not finish; last ${JSON.stringify(seen.at(-1))}`)), 120_000);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      source.close();
      if (error) reject(error);
      else resolve(seen);
    };
    for (const type of routes.inventoryJobEvents.events) {
      source.addEventListener(type, (message) => {
        const state = InventoryJob.parse(JSON.parse(message.data));
        seen.push(state);
        if (state.status !== 'running') finish();
      });
    }
  });
}
