import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 200, maxDelayMs: 3_000 };

/**
 * Runs `call` until it succeeds, `isRetryable` says no, or attempts run out. Delays grow
 * exponentially with full jitter, so that many callers throttled together do not retry together.
 * A `retryAfterMs` hint from the cloud is honoured when it is longer.
 */
export async function withRetry<T>(
  call: (attempt: number) => Promise<T>,
  isRetryable: (error: unknown) => { retry: boolean; retryAfterMs?: number },
  policy: RetryPolicy = defaultRetryPolicy,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      const verdict = isRetryable(error);
      if (!verdict.retry || attempt >= policy.attempts || signal?.aborted) throw error;
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.max(Math.random() * ceiling, verdict.retryAfterMs ?? 0);
      await sleep(delay, undefined, signal ? { signal } : undefined);
    }
  }
}
