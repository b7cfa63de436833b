/**
 * Where to go after signing in: the page someone was on when the session ended. Only paths
 * inside the console are followed, never another site (`//evil.example`), the sign-in page or
 * the API. The SPA and the BFF (after a provider sign-in) use this one rule.
 */
export const SIGN_IN_PATH = '/sign-in';

export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(next)) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  if (next === '/api' || next.startsWith('/api/') || next.startsWith('/api?')) return '/';
  return next;
}
