import { z } from 'zod';
import { msg } from './messages.ts';

/**
 * Sign-in with the company's OpenID Connect provider. The BFF answers the browser with
 * redirects, so these are the shapes around them: what the sign-in screen offers, why a
 * sign-in came back refused, and the admin's "require SSO" setting.
 */

/** What the sign-in screen may offer; public, so it holds nothing but names. */
export const AuthProviders = z.object({
  oidc: z.object({ name: z.string() }).optional(),
  /** Password sign-in is kept for admins' break-glass accounts only. */
  ssoRequired: z.boolean(),
});
export type AuthProviders = z.infer<typeof AuthProviders>;

/**
 * Why a provider sign-in ended on `/sign-in?error=<code>`. Codes, not sentences: the SPA says
 * each in words; nothing from the provider (its error text, a code, a token) is passed on.
 */
export const OidcSignInError = z.enum([
  /** The person cancelled at the provider (error=access_denied). */
  'cancelled',
  /** The provider answered with another error. */
  'provider_error',
  /** The provider could not be reached (discovery, token or userinfo call). */
  'provider_unavailable',
  /** No sign-in was started in this browser, or it took longer than 10 minutes. */
  'expired',
  /** The answer's state is not the one this browser's sign-in sent. */
  'state_mismatch',
  /** The ID token, nonce or PKCE proof did not check out (or, re-authenticating, its auth_time is not recent). */
  'invalid_response',
  /** A re-authentication signed in as someone other than the session's person. */
  'reauth_mismatch',
  /** The provider gave no usable username (OIDC_USERNAME_CLAIM, then email). */
  'no_username',
  /** A local account already has that username; it is never taken over. */
  'username_taken',
  /** The person's groups map to no role (OIDC_GROUP_ROLES). */
  'no_access',
  /** An admin disabled the person in Portico. */
  'account_disabled',
  /** Too many sign-ins started from this address in a short time. */
  'too_many_attempts',
]);
export type OidcSignInError = z.infer<typeof OidcSignInError>;

/** Where a provider sign-in starts (a redirect, so not in the JSON route table); `?next=/path`. */
export const oidcStartPath = '/api/auth/oidc/start';
/** The redirect URI to register at the provider, after PUBLIC_URL (or the console's own origin). */
export const oidcCallbackPath = '/api/auth/oidc/callback';

/** `reauth=1`: a fresh sign-in inside the current session (to approve a change), not a new session. */
export const OidcStartQuery = z.object({ next: z.string().max(2048).optional(), reauth: z.enum(['1']).optional() });

/** How long ago a re-authentication's sign-in at the provider may be (its ID token's auth_time). */
export const REAUTH_MAX_AGE_S = 300;

export const SignInSettings = z.object({
  /** When on, only admins may still sign in with a Portico password (break-glass). */
  requireSso: z.boolean(),
  /** Whether a provider is configured: requiring SSO without one would lock people out. */
  oidcConfigured: z.boolean(),
});
export type SignInSettings = z.infer<typeof SignInSettings>;

export const UpdateSignInSettings = z.strictObject({ requireSso: z.boolean(msg('boolean')) });
export type UpdateSignInSettings = z.infer<typeof UpdateSignInSettings>;
