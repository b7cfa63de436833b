import type { Request } from 'express';
import { ErrorCode } from '@portico/contracts/errors';
import type { Actor } from '../services/audit/audit-log.ts';
import { AppError } from '../errors.ts';

/** Who is making a change, for the audit log. Routes that change things are never public. */
export function actorOf(req: Request): Actor {
  if (!req.auth) throw new AppError(ErrorCode.unauthenticated, 'Sign in to continue.', 401);
  const token = req.auth.token;
  return { id: req.auth.user.id, name: req.auth.user.username, address: req.ip, permissions: req.auth.permissions, ...(token ? { via: `token:${token.name}` } : {}) };
}
