import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ErrorCode } from '@portico/contracts/errors';
import { isApiError } from './api-client';
import { noteFailedChange } from './held-changes';
import { isSessionEnded, sessionKeys, setSession } from './session';

/** Retry what may pass on a second try (lost connection, 5xx, throttling); never a 4xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.isNetworkError || error.status >= 500 || error.status === 429;
}

/**
 * Any call answered 401 means the session ended: nobody is signed in any more, and the shell
 * sends the person to sign in, then back. A refused CSRF token (signed in again in another
 * tab) is fetched anew, so a Retry passes. Sign-in's own 401 is a wrong password, not this.
 */
function onSessionError(client: QueryClient, error: unknown, mutationKey?: readonly unknown[]): void {
  if (mutationKey?.[0] === sessionKeys.all[0]) return;
  if (isSessionEnded(error)) setSession(client, null);
  else if (isApiError(error) && error.code === ErrorCode.csrf) void client.invalidateQueries({ queryKey: sessionKeys.all });
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onSessionError(client, error) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        onSessionError(client, error, mutation.options.mutationKey);
        noteFailedChange(error);
      },
    }),
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry },
      // A write is never retried behind the user's back; the screen offers Retry.
      mutations: { retry: false },
    },
  });
  return client;
}
