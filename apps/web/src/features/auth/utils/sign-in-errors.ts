import { OidcSignInError } from '@portico/contracts/sso';

/**
 * What a provider sign-in that came back refused means, and what the person can do: the
 * message key of each code (the sentences are in lib/i18n/locales, `signIn.errors.*`).
 */
export const signInErrorKeys = {
  cancelled: 'signIn.errors.cancelled',
  provider_error: 'signIn.errors.provider_error',
  provider_unavailable: 'signIn.errors.provider_unavailable',
  expired: 'signIn.errors.expired',
  state_mismatch: 'signIn.errors.state_mismatch',
  invalid_response: 'signIn.errors.invalid_response',
  reauth_mismatch: 'signIn.errors.reauth_mismatch',
  no_username: 'signIn.errors.no_username',
  username_taken: 'signIn.errors.username_taken',
  no_access: 'signIn.errors.no_access',
  account_disabled: 'signIn.errors.account_disabled',
  too_many_attempts: 'signIn.errors.too_many_attempts',
} as const satisfies Record<OidcSignInError, `signIn.errors.${OidcSignInError}`>;

export type SignInErrorKey = (typeof signInErrorKeys)[OidcSignInError];

/** The message key for `/sign-in?error=<code>`, or nothing for an unknown code (a hand-made URL). */
export function signInErrorKey(code: string | null): SignInErrorKey | undefined {
  const parsed = OidcSignInError.safeParse(code);
  return parsed.success ? signInErrorKeys[parsed.data] : undefined;
}
