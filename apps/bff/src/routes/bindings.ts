import { Router } from 'express';
import { createSession } from 'better-sse';
import { InventoryExportQuery, InventoryJobParams, inventoryExportPath, type Inventory, type InventoryJob } from '@portico/contracts/bindings';
import { routes } from '@portico/contracts/routes';
import { requireAccess } from '../http/auth.ts';
import type { Drain } from '../http/drain.ts';
import type { StreamRegistry } from '../http/streams.ts';
import { handle, parsePart, type HandleOptions } from '../http/routing.ts';
import { toCsv } from '../services/audit/csv.ts';
import type { InventoryService } from '../services/bindings/inventory-service.ts';

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

export function bindingsRouter(inventory: InventoryService, options: HandleOptions & { keepAliveMs?: number; drain: Drain; streams: StreamRegistry }): Router {
  const router = Router();
  handle(router, routes.getInventory, async ({ query }) => inventory.latest(query.profile), options);
  handle(router, routes.refreshInventory, async ({ query }) => inventory.refresh(query.profile), options);
  handle(router, routes.getInventoryJob, async ({ params }) => inventory.job(params.id), options);

  router.get('/api/bindings/jobs/:id/events', requireAccess('read'), async (req, res) => {
    const { id } = parsePart(InventoryJobParams, req.params, 'params');
    inventory.job(id);
    options.streams.open(req, res);
    const session = await createSession(req, res, { keepAlive: options.keepAliveMs ?? 15_000 });
    options.drain.track(res);
    const send = (job: InventoryJob) => {
      if (!session.isConnected) return;
      session.push(job, job.status === 'running' ? 'progress' : job.status);
      if (job.status !== 'running') setImmediate(() => res.end());
    };
    const stop = inventory.watch(id, send);
    res.on('close', stop);
  });

  router.get(inventoryExportPath, requireAccess('read'), async (req, res) => {
    const query = parsePart(InventoryExportQuery, req.query, 'query');
    const current = inventory.latest(query.profile);
    res.attachment(`portico-bindings-${current.asOf.replace(/[:.]/g, '-')}.${query.format}`);
    if (query.format === 'csv') res.type('text/csv').send(toCsv(columns, exportRows(current)));
    else res.json({ asOf: current.asOf, apis: current.apis, resources: current.resources, bindings: current.bindings, findings: current.findings });
  });
  return router;
}
