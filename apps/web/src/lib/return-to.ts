import { safeReturnPath, SIGN_IN_PATH } from '@portico/contracts/return-path';

// One rule for the SPA and the BFF (which follows `next` after a provider sign-in).
export { safeReturnPath, SIGN_IN_PATH };

/** `/sign-in?next=<where they were>`; plain `/sign-in` from the start page. */
export function signInPathFrom(location: { pathname: string; search: string; hash?: string }): string {
  const here = `${location.pathname}${location.search}${location.hash ?? ''}`;
  const next = safeReturnPath(here);
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}
