import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { CSRF_HEADER, type Access, type SessionUser } from '@portico/contracts/auth';
import type { Grant, ResourceKind } from '@portico/contracts/grants';
import { ErrorCode } from '@portico/contracts/errors';
import type { SessionStore } from '../services/auth/session-store.ts';
import type { TokenAccess } from '@portico/contracts/tokens';
import { tokenKey, type TokenService } from '../services/auth/token-service.ts';
import { AppError } from '../errors.ts';
import type { AccessService } from '../services/access/access-service.ts';
import { toSessionUser, type UserRow } from '../services/auth/user-store.ts';
import { Permissions } from '../services/access/permissions.ts';

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
  /** The identity provider's groups as of the last sign-in. */
  groups: readonly string[];
  /** What the person may do, from their global role and grants. */
  permissions: Permissions;
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

const permissionsOf = async (access: AccessService, user: UserRow) =>
  new Permissions(await access.grantsFor({ username: user.username, groups: user.groups, role: user.role as SessionUser['role'] }));

/** `Authorization: Bearer …`: a personal API token, used instead of any cookie. */
async function bearerAuth(req: Request, tokens: TokenService, access: AccessService): Promise<RequestAuth> {
  const value = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  const identity = value ? await tokens.authenticate(value) : undefined;
  if (!identity) throw new AppError(ErrorCode.unauthenticated, 'The API token is unknown, expired or revoked.', 401);
  const { user } = identity;
  return {
    user: toSessionUser(user),
    groups: user.groups,
    permissions: await permissionsOf(access, user),
    csrfToken: '',
    tokenHash: tokenKey(identity.id),
    expiresAt: identity.expiresAt,
    passwordChangeRequired: false,
    token: { id: identity.id, name: identity.name, access: identity.access },
  };
}

/** What a request's person is and may do, and the grants list it was derived from. */
interface Derived {
  basis: readonly Grant[];
  user: SessionUser;
  permissions: Permissions;
}

/**
 * The person and permissions of a session, derived once per stored user row and grants list
 * instead of at every request (a zod parse and the grants walk). Both inputs are objects that
 * are replaced, never changed in place: the session cache drops a row when the session ends or
 * the person changes (sign-out, role, disabled) and re-reads it after its TTL; the grant store
 * replaces its list on any change and at each re-read. So a kept result is used only while both
 * of its inputs still stand, and nothing is decided on older data than before.
 */
export function derivedPeople(access: Pick<AccessService, 'current' | 'effectiveIn'>) {
  const kept = new WeakMap<UserRow, Derived>();
  return async (row: UserRow): Promise<Derived> => {
    const basis = await access.current();
    const known = kept.get(row);
    if (known?.basis === basis) return known;
    const person = { username: row.username, groups: row.groups, role: row.role as SessionUser['role'] };
    // Frozen: one object serves many requests, so a handler must not be able to change it for the next.
    const derived = { basis, user: Object.freeze(toSessionUser(row)), permissions: new Permissions(access.effectiveIn(person, basis)) };
    kept.set(row, derived);
    return derived;
  };
}

/** Attaches the signed-in person, if any. Never refuses by itself: routes say what they need. */
export function sessionMiddleware(store: SessionStore, cookies: CookiePolicy, tokens: TokenService, access: AccessService): RequestHandler {
  const personOf = derivedPeople(access);
  return async (req, _res, next) => {
    if (req.get('authorization')) {
      req.auth = await bearerAuth(req, tokens, access);
      return next();
    }
    const token = req.headers.cookie ? parseCookies(req.headers.cookie)[cookies.name] : undefined;
    if (token) {
      const session = await store.find(token);
      if (session) {
        const { user } = session;
        const { user: sessionUser, permissions } = await personOf(user);
        req.auth = {
          user: sessionUser,
          groups: user.groups,
          permissions,
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

export interface AuthorizeOptions {
  beforePasswordChange?: boolean;
  sessionOnly?: boolean;
  /** The kind of resource the route reads or changes. */
  resource?: ResourceKind | undefined;
}

/**
 * The gate every route passes before its input is read: signed in (401), for any change the
 * session's CSRF token in the header (403), and a grant that could allow the route at all
 * (403 naming it). Profile, stage and name are decided once the input is parsed (`handle`).
 */
export function authorize(req: Request, access: Access, options: AuthorizeOptions = {}): void {
  if (access === 'public') return;
  const auth = req.auth;
  if (!auth) throw new AppError(ErrorCode.unauthenticated, 'Sign in to continue.', 401);
  if (auth.token) authorizeToken(auth.token, access, options.sessionOnly === true);
  else authorizeSession(req, auth, access, options);
  // Reading Portico's own pages (the session, the audit log, tokens) needs only a sign-in.
  if (access === 'read' && !options.resource) return;
  auth.permissions.require({ need: access, global: access === 'admin', kind: options.resource });
}

function authorizeSession(req: Request, auth: RequestAuth, access: Access, options: AuthorizeOptions): void {
  if (!safeMethods.has(req.method) && !sameToken(auth.csrfToken, req.get(CSRF_HEADER))) {
    throw new AppError(ErrorCode.csrf, 'The request lacks a valid CSRF token. Reload the page and try again.', 403);
  }
  if (auth.passwordChangeRequired && !options.beforePasswordChange) {
    throw new AppError(ErrorCode.passwordChangeRequired, 'Change the generated password before you continue.', 403);
  }
}

/**
 * A token needs no CSRF token (no browser sends it by itself), acts with its owner's grants, is
 * narrowed to reading when made read-only, and cannot manage sessions or tokens.
 */
function authorizeToken(token: NonNullable<RequestAuth['token']>, access: Access, sessionOnly: boolean): void {
  if (sessionOnly) throw new AppError(ErrorCode.forbidden, 'This needs a signed-in browser session: API tokens cannot do it.', 403);
  if (token.access === 'read' && access !== 'read') {
    throw new AppError(ErrorCode.forbidden, `The token "${token.name}" is read-only.`, 403);
  }
}

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
