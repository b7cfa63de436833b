import { createContext, use, type ReactNode } from 'react';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Access, SessionInfo } from '@portico/contracts/auth';
import { routes } from '@portico/contracts/routes';
import { apiRequest, isApiError, setCsrfToken } from './api-client';
import { deniedReason, type ResourceRef } from './roles';

/**
 * Who is signed in. `['session']` holds the BFF's SessionInfo, or `null` when nobody is: the
 * shell's gate reads it, everything inside the shell reads the session from context (never
 * undefined there), and role checks go through `useCan` / `useDeniedReason` only.
 */
export const sessionKeys = {
  all: ['session'] as const,
  signIn: () => [...sessionKeys.all, 'sign-in'] as const,
  signOut: () => [...sessionKeys.all, 'sign-out'] as const,
};

/** A 401 from any call: the session ended (signed out elsewhere, idle too long, disabled). */
export function isSessionEnded(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}

/** GET /api/session; `null` when not signed in. Every change from here on carries its CSRF token. */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    const info = await apiRequest(routes.getSession, { signal });
    setCsrfToken(info.csrfToken);
    return info;
  } catch (error) {
    if (!isSessionEnded(error)) throw error;
    setCsrfToken(undefined);
    return null;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) => getSession(signal),
    // Asking again would only keep an idle session alive; a 401 elsewhere ends it instead.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/** Sets who is signed in (or nobody) without asking the server: after sign-in, sign-out or a 401. */
export function setSession(queryClient: QueryClient, info: SessionInfo | null): void {
  setCsrfToken(info?.csrfToken);
  queryClient.setQueryData(sessionQueryOptions().queryKey, info);
}

/** Forgets everything read as the last person, so the next one starts clean. */
export function forgetSessionData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
}

const SessionContext = createContext<SessionInfo | null>(null);

/** Given by the shell's gate once someone is signed in. */
export function SessionProvider({ session, children }: { session: SessionInfo; children: ReactNode }) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): SessionInfo {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside the signed-in shell');
  return session;
}

/** Why the signed-in person may not do what `access` needs (on `resource`); `undefined` when they may. */
export function useDeniedReason(access: Access, resource?: ResourceRef): string | undefined {
  return deniedReason(useSession().grants, access, resource);
}

export function useCan(access: Access, resource?: ResourceRef): boolean {
  return useDeniedReason(access, resource) === undefined;
}
