import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { can, CSRF_HEADER, type Access, type SessionUser } from '@portico/contracts/auth';
import { ErrorCode } from '@portico/contracts/errors';
import type { SessionStore } from '../services/auth/session-store.ts';
import { AppError } from '../errors.ts';

export const SESSION_COOKIE = 'portico_session';

export interface RequestAuth {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
  expiresAt: Date;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      auth?: RequestAuth;
    }
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Attaches the signed-in person, if any. Never refuses by itself: routes say what they need. */
export function sessionMiddleware(store: SessionStore): RequestHandler {
  return async (req, _res, next) => {
    const token = req.headers.cookie ? parseCookies(req.headers.cookie)[SESSION_COOKIE] : undefined;
    if (token) {
      const session = await store.find(token);
      if (session) {
        const { user } = session;
        req.auth = {
          user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role as SessionUser['role'] },
          csrfToken: session.csrfToken,
          tokenHash: session.tokenHash,
          expiresAt: session.expiresAt,
        };
      }
    }
    next();
  };
}

function sameToken(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The gate every route passes: signed in (401), a role that may (403), and for any change the
 * session's CSRF token in the header (403). A viewer's PUT is refused however it is sent.
 */
export function authorize(req: Request, access: Access): void {
  if (access === 'public') return;
  const auth = req.auth;
  if (!auth) throw new AppError(ErrorCode.unauthenticated, 'Sign in to continue.', 401);
  if (!safeMethods.has(req.method) && !sameToken(auth.csrfToken, req.get(CSRF_HEADER))) {
    throw new AppError(ErrorCode.csrf, 'The request lacks a valid CSRF token. Reload the page and try again.', 403);
  }
  if (!can(auth.user.role, access)) {
    throw new AppError(ErrorCode.forbidden, `Your role (${auth.user.role}) cannot do this.`, 403);
  }
}

export const requireAccess =
  (access: Access): RequestHandler =>
  (req, _res, next) => {
    authorize(req, access);
    next();
  };

export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
