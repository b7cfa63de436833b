import { setTimeout as sleep } from 'node:timers/promises';
import { Router, type Request, type RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import { ErrorCode } from '@portico/contracts/errors';
import { routes } from '@portico/contracts/routes';
import { AppError } from '../errors.ts';
import { clearSessionCookie, setSessionCookie, type CookiePolicy } from '../http/auth.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { AuthService } from '../services/auth/auth-service.ts';
import type { AttemptStore } from '../services/auth/attempt-store.ts';

/**
 * Brute force stays expensive without handing anyone a lockout: an address gets a budget of
 * attempts, an account and address pair a budget of failures (the owner elsewhere still gets
 * in), and failures for one account from anywhere make each further attempt wait longer.
 */
export interface SignInLimits {
  windowMs: number;
  /** Every attempt from one address. */
  perAddress: number;
  /** Failed attempts for one account from one address; then that pair is refused (429). */
  perAccountAndAddress: number;
  /** Failures for one account, from anywhere, before its attempts start to wait. */
  accountDelayAfter: number;
  /** The first wait; it doubles with each further failure, up to the maximum. */
  accountDelayMs: number;
  accountDelayMaxMs: number;
}

export const defaultSignInLimits: SignInLimits = {
  windowMs: 15 * 60_000,
  perAddress: 50,
  perAccountAndAddress: 10,
  accountDelayAfter: 5,
  accountDelayMs: 500,
  accountDelayMaxMs: 8_000,
};

/** How long an attempt for an account with this many recent failures waits before it is checked. */
export function accountDelay(failures: number, limits: SignInLimits): number {
  if (failures < limits.accountDelayAfter) return 0;
  return Math.min(limits.accountDelayMaxMs, limits.accountDelayMs * 2 ** (failures - limits.accountDelayAfter));
}

/** Where the attempts are counted: shared by every instance (the database). */
export interface SignInAttemptStores {
  byAddress: Store;
  byAccountAndAddress: Store;
  /** Failures per account from every address: read for the delay, never a lock. */
  accountFailures: AttemptStore;
  /** Identity-provider sign-ins started from one address (each stores a pending sign-in). */
  oidcByAddress?: Store;
}

const accountOf = (req: Request) =>
  String((req.body as { username?: unknown } | undefined)?.username ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 64);

function signInLimiters(limits: SignInLimits, stores: SignInAttemptStores, onLimited: RequestHandler): RequestHandler[] {
  const common = { windowMs: limits.windowMs, standardHeaders: 'draft-8' as const, legacyHeaders: false, handler: onLimited };
  return [
    rateLimit({ ...common, limit: limits.perAddress, store: stores.byAddress }),
    rateLimit({
      ...common,
      limit: limits.perAccountAndAddress,
      skipSuccessfulRequests: true,
      store: stores.byAccountAndAddress,
      // The address as the trusted-proxy setting resolves it (an IPv6 client by its /56), beside the account.
      keyGenerator: (req) => `${accountOf(req)}|${ipKeyGenerator(req.ip ?? '-')}`,
    }),
  ];
}

export interface SessionRouterOptions extends HandleOptions {
  signInLimits: SignInLimits;
  signInAttempts: SignInAttemptStores;
  cookies: CookiePolicy;
}

export function sessionRouter(auth: AuthService, options: SessionRouterOptions): Router {
  const router = Router();
  const { signInLimits: limits, signInAttempts: stores, cookies } = options;
  const tooMany: RequestHandler = async (req, _res, next) => {
    await auth.recordFailedSignIn(accountOf(req), req.ip, 'too many attempts');
    next(new AppError(ErrorCode.rateLimited, 'Too many sign-in attempts. Wait a few minutes and try again.', 429));
  };
  handle(router, routes.getSession, async (_input, req) => auth.info(req.auth!, req.auth!.permissions.grants), options);
  router.post(routes.signIn.path, ...signInLimiters(limits, stores, tooMany));
  handle(
    router,
    routes.signIn,
    async ({ body }, req, res) => {
      const failures = (await stores.accountFailures.get(body.username))?.totalHits ?? 0;
      await sleep(accountDelay(failures, limits));
      // Whatever session the browser had ends here; sign-in always issues a new id.
      if (req.auth) await auth.sessions.destroyHash(req.auth.tokenHash);
      const signedIn = await auth.signIn(body.username, body.password, req.ip).catch(async (error: unknown) => {
        await stores.accountFailures.increment(body.username);
        throw error;
      });
      setSessionCookie(req, res, cookies, signedIn.token, auth.sessions.policy.absoluteMs);
      return signedIn.info;
    },
    options,
  );
  handle(
    router,
    routes.signOut,
    async (_input, req, res) => {
      await auth.signOut(req.auth!, req.ip);
      clearSessionCookie(req, res, cookies);
      return { ok: true as const };
    },
    options,
  );
  handle(router, routes.updateSessionPreferences, async ({ body }, req) => auth.updatePreferences(req.auth!, body), options);
  handle(
    router,
    routes.changePassword,
    async ({ body }, req, res) => {
      const changed = await auth.changePassword(req.auth!, body, req.ip);
      setSessionCookie(req, res, cookies, changed.token, auth.sessions.policy.absoluteMs);
      return changed.info;
    },
    options,
  );
  return router;
}
