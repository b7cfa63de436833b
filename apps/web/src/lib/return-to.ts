/**
 * Where to go after signing in: the page someone was on when the session ended. Only paths
 * inside the console are followed, never another site (`//evil.example`) or the sign-in page.
 */
export const SIGN_IN_PATH = '/sign-in';

export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  return next;
}

/** `/sign-in?next=<where they were>`; plain `/sign-in` from the start page. */
export function signInPathFrom(location: { pathname: string; search: string; hash?: string }): string {
  const here = `${location.pathname}${location.search}${location.hash ?? ''}`;
  const next = safeReturnPath(here);
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}
