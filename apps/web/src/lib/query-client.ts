import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

/** Retry what may pass on a second try (lost connection, 5xx, throttling); never a 4xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.isNetworkError || error.status >= 500 || error.status === 429;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry },
      // A write is never retried behind the user's back; the screen offers Retry.
      mutations: { retry: false },
    },
  });
}
