import type { Request } from 'express';
import { ErrorCode } from '@portico/contracts/errors';
import type { Logger } from '../logger.ts';
import { porticoTarget, type AuditLog } from '../services/audit/audit-log.ts';
import type { AppError } from '../errors.ts';

const refusals = new Set<string>([ErrorCode.unauthenticated, ErrorCode.forbidden, ErrorCode.csrf, ErrorCode.crossOrigin, ErrorCode.passwordChangeRequired]);

/** The SPA asks for its session on every load; a signed-out answer there is no event. */
const isSessionProbe = (req: Request) => req.method === 'GET' && req.path === '/api/session';

export type RefusalHook = (req: Request, error: AppError) => void;

/**
 * Refused requests (401 and 403) go to the audit log with the person when known and the
 * client's address, so an admin can see who tried what. Written after the answer, never
 * delaying or failing it.
 */
export function refusalRecorder(audit: AuditLog, logger: Logger): RefusalHook {
  return (req, error) => {
    if (!refusals.has(error.code) || isSessionProbe(req)) return;
    const user = req.auth?.user;
    const actor = { ...(user ? { id: user.id } : {}), name: user?.username ?? '(anonymous)', address: req.ip };
    const target = porticoTarget('RequestRefused', 'session', `${req.method} ${req.originalUrl.split('?')[0]}`);
    audit
      .record(actor, target, { result: 'failed', error: `${error.status} ${error.code}` })
      .catch((failure: unknown) => logger.warn({ err: failure }, 'could not record a refused request'));
  };
}
