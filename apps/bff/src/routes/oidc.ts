import { Router, type Request, type RequestHandler, type Response } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { parse as parseCookies } from 'cookie';
import { safeReturnPath, SIGN_IN_PATH } from '@portico/contracts/return-path';
import { routes } from '@portico/contracts/routes';
import { oidcCallbackPath, oidcStartPath, OidcStartQuery } from '@portico/contracts/sso';
import { actorOf } from '../http/actor.ts';
import { setSessionCookie, type CookiePolicy } from '../http/auth.ts';
import { parsePart } from '../errors.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { Logger } from '../logger.ts';
import type { AuthService } from '../services/auth/auth-service.ts';
import { LOGIN_TTL_MS } from '../services/auth/oidc/login-store.ts';
import { OidcSignInFailure, type OidcSignIn } from '../services/auth/oidc/oidc-sign-in.ts';
import type { SignInSettingsStore } from '../services/auth/sign-in-settings.ts';

export interface OidcRouterOptions extends HandleOptions {
  cookies: CookiePolicy;
  /** Not `req.log`: the request logger is only mounted when request lines are written. */
  logger: Logger;
  /** The console's public URL; else the redirect URI is built from the request's own origin. */
  publicUrl?: string | undefined;
  /** Started sign-ins per address (each writes a row): the same budget as password attempts. */
  limits?: { windowMs: number; perAddress: number; store?: Store | undefined };
}

/** The sign-in page turns the code into a sentence; nothing the provider sent is passed on. */
const signInWithError = (failure: OidcSignInFailure) => `${SIGN_IN_PATH}?error=${failure.code}`;

/** Back to the page that asked for a re-authentication, told why it did not count. */
function withStepUpError(returnTo: string, failure: OidcSignInFailure): string {
  const url = new URL(returnTo, 'http://return.invalid');
  url.searchParams.set('stepUpError', failure.code);
  return url.pathname + url.search;
}

function redirectUriOf(req: Request, publicUrl: string | undefined): string {
  const base = publicUrl ? new URL(publicUrl).origin : `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return base + oidcCallbackPath;
}

/**
 * The browser's half of a started sign-in: a random token in its own short-lived cookie (the
 * secrets stay in the database), so a callback is accepted only in the browser that started it.
 * Lax, so it comes back with the provider's top-level redirect.
 */
function loginCookie(cookies: CookiePolicy) {
  const name = cookies.alwaysSecure ? '__Host-portico_oidc' : 'portico_oidc';
  const options = (req: Request) => ({ httpOnly: true, sameSite: 'lax' as const, secure: cookies.alwaysSecure || req.secure, path: '/' });
  return {
    read: (req: Request) => (req.headers.cookie ? parseCookies(req.headers.cookie)[name] : undefined),
    set: (req: Request, res: Response, value: string) => res.cookie(name, value, { ...options(req), maxAge: LOGIN_TTL_MS }),
    clear: (req: Request, res: Response) => res.clearCookie(name, options(req)),
  };
}

/** Too many sign-ins started from one address: back to the sign-in page, told to wait. */
function startLimiter(limits: OidcRouterOptions['limits']): RequestHandler[] {
  if (!limits?.store) return [];
  const tooMany: RequestHandler = (_req, res) => res.redirect(`${SIGN_IN_PATH}?error=too_many_attempts`);
  return [rateLimit({ windowMs: limits.windowMs, limit: limits.perAddress, store: limits.store, standardHeaders: 'draft-8', legacyHeaders: false, handler: tooMany })];
}

/** What the sign-in screen offers, the provider sign-in itself, and the admin's require-SSO setting. */
export function oidcRouter(auth: AuthService, oidc: OidcSignIn | undefined, settings: SignInSettingsStore, options: OidcRouterOptions): Router {
  const router = Router();
  handle(router, routes.authProviders, async () => ({ ...(oidc ? { oidc: { name: oidc.name } } : {}), ssoRequired: await settings.requireSso() }), options);
  handle(router, routes.getSignInSettings, () => settings.get(), options);
  handle(router, routes.updateSignInSettings, ({ body }, req) => settings.update(actorOf(req), body), options);
  if (!oidc) return router;
  const cookie = loginCookie(options.cookies);

  router.get(oidcStartPath, ...startLimiter(options.limits), async (req, res) => {
    const { next, reauth } = parsePart(OidcStartQuery, req.query, 'query');
    try {
      // A re-authentication belongs to the session that asks for it; without one it is an ordinary sign-in.
      const reauthSession = reauth && req.auth && !req.auth.token ? req.auth.tokenHash : undefined;
      const started = await oidc.begin(redirectUriOf(req, options.publicUrl), safeReturnPath(next), reauthSession);
      cookie.set(req, res, started.binding);
      res.redirect(started.url.href);
    } catch (error) {
      if (!(error instanceof OidcSignInFailure)) throw error;
      // Nobody is known yet, so nothing to audit; whoever runs Portico should hear that the provider is unreachable.
      options.logger.warn({ reason: error.reason }, 'identity provider sign-in could not start');
      res.redirect(signInWithError(error));
    }
  });

  router.get(oidcCallbackPath, async (req, res) => {
    const binding = cookie.read(req);
    cookie.clear(req, res);
    const callbackUrl = new URL(req.originalUrl, 'http://callback.invalid');
    try {
      const done = await oidc.finish(binding, callbackUrl, redirectUriOf(req, options.publicUrl), req.ip);
      if (done.token) {
        // Whatever session the browser had ends here, as with a password sign-in.
        if (req.auth) await auth.sessions.destroyHash(req.auth.tokenHash);
        setSessionCookie(req, res, options.cookies, done.token, auth.sessions.policy.absoluteMs);
      }
      res.redirect(done.returnTo);
    } catch (error) {
      if (!(error instanceof OidcSignInFailure)) throw error;
      res.redirect(error.reauthReturnTo ? withStepUpError(error.reauthReturnTo, error) : signInWithError(error));
    }
  });
  return router;
}
