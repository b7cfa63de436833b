import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { can, CSRF_HEADER, type Access, type SessionUser } from '@portico/contracts/auth';
import { ErrorCode } from '@portico/contracts/errors';
import type { SessionStore } from '../services/auth/session-store.ts';
import type { TokenAccess } from '@portico/contracts/tokens';
import { tokenKey, type TokenService } from '../services/auth/token-service.ts';
import { toSessionUser } from '../services/auth/user-store.ts';
import { AppError } from '../errors.ts';

export const SESSION_COOKIE = 'portico_session';

/**
 * How the session cookie is named and marked. With an https PUBLIC_URL it is `__Host-`
 * prefixed (the browser then insists on Secure, Path=/ and no Domain, so no sibling subdomain
 * can set or shadow it) and always Secure; otherwise Secure follows the request (TLS seen
 * directly or through a trusted proxy).
 */
export interface CookiePolicy {
  name: string;
  alwaysSecure: boolean;
}

export function cookiePolicy(publicUrl: string | undefined): CookiePolicy {
  const https = publicUrl !== undefined && new URL(publicUrl).protocol === 'https:';
  return https ? { name: `__Host-${SESSION_COOKIE}`, alwaysSecure: true } : { name: SESSION_COOKIE, alwaysSecure: false };
}

export interface RequestAuth {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
  expiresAt: Date;
  /** Signed in with a generated password that has not been changed yet. */
  passwordChangeRequired: boolean;
  /** Set when the request came with a personal API token instead of a session cookie. */
  token?: { id: string; name: string; access: TokenAccess };
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
/** `Authorization: Bearer …`: a personal API token, used instead of any cookie. */
async function bearerAuth(req: Request, tokens: TokenService): Promise<RequestAuth> {
  const value = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  const identity = value ? await tokens.authenticate(value) : undefined;
  if (!identity) throw new AppError(ErrorCode.unauthenticated, 'The API token is unknown, expired or revoked.', 401);
  const { user } = identity;
  return {
    user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role as SessionUser['role'] },
    csrfToken: '',
    tokenHash: tokenKey(identity.id),
    expiresAt: identity.expiresAt,
    passwordChangeRequired: false,
    token: { id: identity.id, name: identity.name, access: identity.access },
  };
}

export function sessionMiddleware(store: SessionStore, cookies: CookiePolicy, tokens: TokenService): RequestHandler {
  return async (req, _res, next) => {
    if (req.get('authorization')) {
      req.auth = await bearerAuth(req, tokens);
      return next();
    }
    const token = req.headers.cookie ? parseCookies(req.headers.cookie)[cookies.name] : undefined;
    if (token) {
      const session = await store.find(token);
      if (session) {
        const { user } = session;
        req.auth = {
          user: toSessionUser(user),
          csrfToken: session.csrfToken,
          tokenHash: session.tokenHash,
          expiresAt: session.expiresAt,
          passwordChangeRequired: user.mustChangePassword,
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
export function authorize(req: Request, access: Access, options: { beforePasswordChange?: boolean; sessionOnly?: boolean } = {}): void {
  if (access === 'public') return;
  const auth = req.auth;
  if (!auth) throw new AppError(ErrorCode.unauthenticated, 'Sign in to continue.', 401);
  if (auth.token) return authorizeToken(auth, auth.token, access, options.sessionOnly === true);
  if (!safeMethods.has(req.method) && !sameToken(auth.csrfToken, req.get(CSRF_HEADER))) {
    throw new AppError(ErrorCode.csrf, 'The request lacks a valid CSRF token. Reload the page and try again.', 403);
  }
  if (auth.passwordChangeRequired && !options.beforePasswordChange) {
    throw new AppError(ErrorCode.passwordChangeRequired, 'Change the generated password before you continue.', 403);
  }
  if (!can(auth.user.role, access)) {
    throw new AppError(ErrorCode.forbidden, `Your role (${auth.user.role}) cannot do this.`, 403);
  }
}

/**
 * A token needs no CSRF token (no browser sends it by itself), acts with its owner's role, is
 * narrowed to reading when made read-only, and cannot manage sessions or tokens.
 */
function authorizeToken(auth: RequestAuth, token: NonNullable<RequestAuth['token']>, access: Access, sessionOnly: boolean): void {
  if (sessionOnly) throw new AppError(ErrorCode.forbidden, 'This needs a signed-in browser session: API tokens cannot do it.', 403);
  if (token.access === 'read' && access !== 'read') {
    throw new AppError(ErrorCode.forbidden, `The token "${token.name}" is read-only.`, 403);
  }
  if (!can(auth.user.role, access)) throw new AppError(ErrorCode.forbidden, `Your role (${auth.user.role}) cannot do this.`, 403);
}

export const requireAccess =
  (access: Access): RequestHandler =>
  (req, _res, next) => {
    authorize(req, access);
    next();
  };

export function setSessionCookie(req: Request, res: Response, cookies: CookiePolicy, token: string, maxAgeMs: number): void {
  res.cookie(cookies.name, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookies.alwaysSecure || req.secure,
    path: '/',
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(req: Request, res: Response, cookies: CookiePolicy): void {
  res.clearCookie(cookies.name, { httpOnly: true, sameSite: 'lax', secure: cookies.alwaysSecure || req.secure, path: '/' });
}

/**
 * With PUBLIC_URL set, a change must come from the console's own origin: its Origin header
 * (or, when a browser sends none, its Referer) must be that URL's origin. A request with
 * neither is refused too; scripts send one explicitly. SameSite=Lax and the CSRF token stay.
 */
export function sameOriginChanges(publicUrl: string): RequestHandler {
  const expected = new URL(publicUrl).origin;
  const originOf = (value: string | undefined) => {
    if (!value) return undefined;
    try {
      return new URL(value).origin;
    } catch {
      return 'invalid';
    }
  };
  return (req, _res, next) => {
    if (safeMethods.has(req.method)) return next();
    const origin = originOf(req.get('origin')) ?? originOf(req.get('referer'));
    if (origin === expected) return next();
    next(new AppError(ErrorCode.crossOrigin, `Changes are accepted from ${expected} only.`, 403));
  };
}
