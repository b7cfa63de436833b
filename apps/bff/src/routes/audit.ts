import { Router } from 'express';
import type { AuditEvent } from '@portico/contracts/audit';
import { ErrorCode } from '@portico/contracts/errors';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { AppError } from '../errors.ts';
import { handle, handleRaw, type HandleOptions } from '../http/routing.ts';
import type { AuditLog } from '../services/audit/audit-log.ts';
import type { RevertService } from '../services/reverts.ts';
import { toCsv } from '../services/audit/csv.ts';

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

export function auditRouter(audit: AuditLog, reverts: RevertService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.listAudit, ({ query }) => audit.list(query), options);
  handle(router, routes.getAuditEvent, async ({ params }) => {
    const event = await audit.get(params.id);
    if (!event) throw new AppError(ErrorCode.notFound, 'No such audit event.', 404);
    return event;
  }, options);
  handle(router, routes.previewRevert, ({ params }) => reverts.preview(params.id), options);
  handle(router, routes.revert, ({ params, body }, req) => reverts.apply(actorOf(req), params.id, body.clientToken), options);

  handleRaw(router, routes.exportAudit, async ({ query }, _req, res) => {
    const events = await audit.export(query);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    res.attachment(`portico-audit-${stamp}.${query.format}`);
    if (query.format === 'csv') res.type('text/csv').send(toCsv(csvColumns, events));
    else res.json(events);
  });
  return router;
}
