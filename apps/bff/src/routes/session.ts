import { Router, type RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { ErrorCode } from '@portico/contracts/errors';
import { routes } from '@portico/contracts/routes';
import { AppError } from '../errors.ts';
import { clearSessionCookie, setSessionCookie } from '../http/auth.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { AuthService } from '../services/auth/auth-service.ts';

export interface SignInLimits {
  windowMs: number;
  perAddress: number;
  /** Failed attempts per account, whatever address they come from. */
  perAccount: number;
}

export const defaultSignInLimits: SignInLimits = { windowMs: 15 * 60_000, perAddress: 50, perAccount: 10 };

const tooMany: RequestHandler = (_req, _res, next) =>
  next(new AppError(ErrorCode.rateLimited, 'Too many sign-in attempts. Wait a few minutes and try again.', 429));

/** Where the attempts are counted: shared by every instance (the database), one store per limiter. */
export interface SignInAttemptStores {
  byAddress: Store;
  byAccount: Store;
}

function signInLimiters(limits: SignInLimits, stores: SignInAttemptStores): RequestHandler[] {
  const common = { windowMs: limits.windowMs, standardHeaders: 'draft-8' as const, legacyHeaders: false, handler: tooMany };
  return [
    rateLimit({ ...common, limit: limits.perAddress, store: stores.byAddress }),
    rateLimit({
      ...common,
      limit: limits.perAccount,
      skipSuccessfulRequests: true,
      store: stores.byAccount,
      keyGenerator: (req) => String((req.body as { username?: unknown } | undefined)?.username ?? '').trim().toLowerCase(),
    }),
  ];
}

export function sessionRouter(auth: AuthService, options: HandleOptions & { signInLimits: SignInLimits; signInAttempts: SignInAttemptStores }): Router {
  const router = Router();
  handle(router, routes.getSession, async (_input, req) => {
    const session = req.auth!;
    return auth.info(session.user, session.csrfToken, session.expiresAt);
  }, options);
  router.post(routes.signIn.path, ...signInLimiters(options.signInLimits, options.signInAttempts));
  handle(router, routes.signIn, async ({ body }, req, res) => {
    // Whatever session the browser had ends here; sign-in always issues a new id.
    if (req.auth) await auth.sessions.destroyHash(req.auth.tokenHash);
    const { token, info } = await auth.signIn(body.username, body.password);
    setSessionCookie(req, res, token, auth.sessions.policy.absoluteMs);
    return info;
  }, options);
  handle(router, routes.signOut, async (_input, req, res) => {
    await auth.sessions.destroyHash(req.auth!.tokenHash);
    clearSessionCookie(req, res);
    return { ok: true as const };
  }, options);
  return router;
}
