import { OidcSignInError } from '@portico/contracts/sso';

/** What a provider sign-in that came back refused means, and what the person can do. */
export const signInErrorMessages: Record<OidcSignInError, string> = {
  cancelled: 'Sign-in was cancelled at your identity provider. Try again when you are ready.',
  provider_error: 'Your identity provider could not sign you in. Try again, or ask its administrators.',
  provider_unavailable: 'Portico could not reach your identity provider. Try again in a moment.',
  expired: 'That sign-in took too long or was started in another browser. Start again from this page.',
  state_mismatch: 'That sign-in did not match the one this browser started, so it was refused. Start again from this page.',
  invalid_response: 'Your identity provider’s answer did not pass Portico’s checks, so it was refused. Try again; if it keeps happening, tell an admin.',
  no_username: 'Your identity provider did not say who you are (no username or email). Ask an admin to check the OIDC settings.',
  username_taken: 'A Portico account with your username already exists and is not linked to your identity provider. Ask an admin.',
  no_access: 'Your groups give you no access to Portico. Ask an admin to add one of your groups to Portico.',
  account_disabled: 'Your Portico account is disabled. Ask an admin to enable it.',
  too_many_attempts: 'Too many sign-in attempts from your address. Wait a few minutes and try again.',
};

/** The sentence for `/sign-in?error=<code>`, or nothing for an unknown code (a hand-made URL). */
export function signInErrorMessage(code: string | null): string | undefined {
  const parsed = OidcSignInError.safeParse(code);
  return parsed.success ? signInErrorMessages[parsed.data] : undefined;
}
