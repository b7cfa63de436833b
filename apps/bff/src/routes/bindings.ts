import { Router } from 'express';
import { createSession } from 'better-sse';
import type { Inventory } from '@portico/contracts/bindings';
import { routes } from '@portico/contracts/routes';
import type { Drain } from '../http/drain.ts';
import type { StreamRegistry } from '../http/streams.ts';
import { resumeFrom } from '../http/last-event-id.ts';
import { handle, handleRaw, type HandleOptions } from '../http/routing.ts';
import { toCsv } from '../services/audit/csv.ts';
import type { InventoryService } from '../services/bindings/inventory-service.ts';
import type { JobState } from '../services/bindings/inventory-store.ts';
import { filteredInventory } from '../services/bindings/filtered.ts';
import { bindingRows } from '../services/bindings/rows.ts';
import type { SuppressionService } from '../services/bindings/suppressions.ts';
import { actorOf } from '../http/actor.ts';

interface ExportRow {
  kind: string;
  subject: string;
  group: string;
  stage: string;
  api: string;
  method: string;
  path: string;
  resources: string;
  findings: string;
}

/** One row per published API with what it hangs on, then one per resource and finding. */
function exportRows(inventory: Inventory): ExportRow[] {
  const names = new Map(inventory.resources.map((r) => [r.key, `${r.kind}:${r.name}`]));
  const byApi = new Map<string, string[]>();
  for (const b of inventory.bindings) byApi.set(b.api, [...(byApi.get(b.api) ?? []), names.get(b.resource) ?? b.resource]);
  const findingsBy = new Map<string, string[]>();
  for (const f of inventory.findings) findingsBy.set(f.subject, [...(findingsBy.get(f.subject) ?? []), f.kind]);
  const empty = { group: '', stage: '', api: '', method: '', path: '' };
  return [
    ...inventory.apis.map((api) => ({
      kind: 'api',
      subject: api.key,
      group: api.groupName,
      stage: api.stageName,
      api: api.apiName,
      method: api.method ?? '',
      path: api.path ?? '',
      resources: (byApi.get(api.key) ?? []).join('; '),
      findings: (findingsBy.get(api.key) ?? []).join('; '),
    })),
    ...inventory.resources.map((r) => ({ ...empty, kind: r.kind, subject: r.name, resources: `${r.boundCount} bound`, findings: (findingsBy.get(r.key) ?? []).join('; ') })),
  ];
}

const columns: [string, (row: ExportRow) => unknown][] = (['kind', 'subject', 'group', 'stage', 'api', 'method', 'path', 'resources', 'findings'] as const).map((key) => [
  key,
  (row: ExportRow) => row[key],
]);

export function bindingsRouter(
  inventory: InventoryService,
  suppressions: SuppressionService,
  options: HandleOptions & { keepAliveMs?: number; drain: Drain; streams: StreamRegistry },
): Router {
  const router = Router();
  handle(
    router,
    routes.getInventory,
    async ({ query }) => ({ ...(await suppressions.apply(await inventory.latest(query.profile))), refreshEveryMs: inventory.refreshEveryMs }),
    options,
  );
  handle(router, routes.listSuppressions, async ({ query }) => ({ items: await suppressions.list(query.profile) }), options);
  handle(router, routes.createSuppression, async ({ query, body }, req) => suppressions.create(actorOf(req), body, query.profile), options);
  handle(router, routes.removeSuppression, async ({ params }, req) => suppressions.remove(actorOf(req), params.id), options);
  handle(router, routes.refreshInventory, async ({ query }) => inventory.refresh(query.profile), options);
  handle(router, routes.getInventoryJob, async ({ params }) => inventory.job(params.id), options);
  handle(router, routes.searchBindings, async ({ query }) => inventory.search(query.q, query.limit, query.profile), options);
  handle(router, routes.getApiChain, async ({ params, query }) => inventory.apiChain(params.key, query.profile), options);
  handle(router, routes.getResourceImpact, async ({ params, query }) => inventory.impact(params.key, query.profile), options);
  handle(
    router,
    routes.listBindingRows,
    async ({ query }) => {
      const latest = await inventory.latest(query.profile);
      return suppressions.applyToRows(latest.profile, bindingRows(latest, query));
    },
    options,
  );

  /**
   * The job's state now (unless the watcher's Last-Event-ID says it has seen it), then every
   * change made by whichever instance builds it. Each event's id is the job's change number.
   */
  handleRaw(router, routes.inventoryJobEvents, async ({ params: { id } }, req, res) => {
    await inventory.job(id);
    options.streams.open(req, res);
    const session = await createSession(req, res, { keepAlive: options.keepAliveMs ?? 15_000, retry: 2_000 });
    options.drain.track(res);
    let ended = false;
    const send = ({ job, seq }: JobState) => {
      if (ended || !session.isConnected) return;
      session.push(job, job.status === 'running' ? 'progress' : job.status, String(seq));
      if (job.status !== 'running') {
        ended = true;
        setImmediate(() => res.end());
      }
    };
    const { stop, state } = await inventory.watch(id, resumeFrom(req), send);
    res.on('close', stop);
    // The watcher had already seen the end: nothing more will come.
    if (!ended && state.job.status !== 'running') res.end();
  });

  handleRaw(
    router,
    routes.exportInventory,
    async ({ query }, _req, res) => {
      const { format, profile, ...filters } = query;
      // What the page shows with these filters, by the same rule.
      const current = filteredInventory(await inventory.latest(profile), filters);
      res.attachment(`portico-bindings-${current.asOf.replace(/[:.]/g, '-')}.${format}`);
      if (format === 'csv') res.type('text/csv').send(toCsv(columns, exportRows(current)));
      else res.json({ asOf: current.asOf, apis: current.apis, resources: current.resources, bindings: current.bindings, findings: current.findings });
    },
    options,
  );
  return router;
}
