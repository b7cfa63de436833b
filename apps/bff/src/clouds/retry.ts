import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 200, maxDelayMs: 3_000 };

export interface RetryVerdict {
  retry: boolean;
  retryAfterMs?: number;
  /** Rules for this kind of failure instead of the call's own (throttling is waited out longer). */
  policy?: RetryPolicy;
}

/**
 * Runs `call` until it succeeds, `isRetryable` says no, or attempts run out. Delays grow
 * exponentially with full jitter, so that many callers throttled together do not retry together.
 * A `retryAfterMs` hint from the cloud is honoured when it is longer.
 */
export async function withRetry<T>(
  call: (attempt: number) => Promise<T>,
  isRetryable: (error: unknown) => RetryVerdict,
  policy: RetryPolicy = defaultRetryPolicy,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      const verdict = isRetryable(error);
      const rules = verdict.policy ?? policy;
      if (!verdict.retry || attempt >= rules.attempts || signal?.aborted) throw error;
      const ceiling = Math.min(rules.maxDelayMs, rules.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.max(Math.random() * ceiling, verdict.retryAfterMs ?? 0);
      await sleep(delay, undefined, signal ? { signal } : undefined);
    }
  }
}
