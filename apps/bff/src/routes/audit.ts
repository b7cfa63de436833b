import { once } from 'node:events';
import { Router, type Request } from 'express';
import type { AuditEvent } from '@portico/contracts/audit';
import { ErrorCode } from '@portico/contracts/errors';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { AppError } from '../errors.ts';
import { handle, handleRaw, type HandleOptions } from '../http/routing.ts';
import { eventVisible, type AuditLog, type AuditVisibility } from '../services/audit/audit-log.ts';
import type { RevertService } from '../services/reverts.ts';
import { csvLine } from '../services/audit/csv.ts';

const csvColumns: [string, (e: AuditEvent) => unknown][] = [
  ['at', (e) => e.at],
  ['actor', (e) => e.actor.name],
  ['cloud', (e) => e.cloud],
  ['profile', (e) => e.profile],
  ['region', (e) => e.region],
  ['operation', (e) => e.operation],
  ['resource_type', (e) => e.resourceType],
  ['target', (e) => e.target],
  ['result', (e) => e.result],
  ['request_id', (e) => e.requestId],
  ['task_outcome', (e) => e.taskOutcome],
  ['error', (e) => e.error],
  ['before', (e) => (e.before === null || e.before === undefined ? '' : JSON.stringify(e.before))],
  ['after', (e) => (e.after === null || e.after === undefined ? '' : JSON.stringify(e.after))],
  ['revert_of', (e) => e.revertOf],
  ['id', (e) => e.id],
];

/** A global viewer (or more) reads the whole log; anyone else what their grants cover and their own. */
function visibilityOf(req: Request): AuditVisibility | undefined {
  const auth = req.auth;
  if (!auth || auth.permissions.readsEverything()) return undefined;
  return { actorId: auth.user.id, scopes: auth.permissions.grants.map((g) => ({ profiles: g.scope.profiles, kinds: g.scope.kinds })) };
}

export function auditRouter(audit: AuditLog, reverts: RevertService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.listAudit, ({ query }, req) => audit.list(query, visibilityOf(req)), options);
  handle(
    router,
    routes.getAuditEvent,
    async ({ params }, req) => {
      const event = await audit.get(params.id);
      if (!event || !eventVisible(event, visibilityOf(req))) throw new AppError(ErrorCode.notFound, 'No such audit event.', 404);
      return event;
    },
    options,
  );
  handle(router, routes.previewRevert, ({ params }) => reverts.preview(params.id), options);
  handle(router, routes.revert, ({ params, body }, req) => reverts.apply(actorOf(req), params.id, body.clientToken), options);

  // Streamed a batch at a time with back-pressure: a 50,000-event export never sits in memory.
  handleRaw(router, routes.exportAudit, async ({ query }, req, res) => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    res.attachment(`portico-audit-${stamp}.${query.format}`);
    res.type(query.format === 'csv' ? 'text/csv' : 'application/json');
    const write = async (chunk: string) => {
      if (!res.write(chunk)) await once(res, 'drain');
    };
    await write(query.format === 'csv' ? csvLine(csvColumns.map(([name]) => name)) : '[');
    let separator = '';
    for await (const batch of audit.export(query, visibilityOf(req))) {
      if (res.destroyed) return;
      if (query.format === 'csv') {
        await write(batch.map((event) => csvLine(csvColumns.map(([, get]) => get(event)))).join(''));
      } else {
        await write(separator + batch.map((event) => JSON.stringify(event)).join(','));
        separator = ',';
      }
    }
    res.end(query.format === 'csv' ? '' : ']');
  });
  return router;
}
