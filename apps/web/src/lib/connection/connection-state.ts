import type { Query } from '@tanstack/react-query';
import { isApiError } from '../api-client';

/** Answers that mean the console's server (or the proxy before it) is not there, not a refusal. */
const SERVER_DOWN = new Set([502, 503, 504]);

/** Whether an error means Portico's server could not be reached, rather than an answer to show. */
export function isUnreachable(error: unknown): boolean {
  return isApiError(error) && (error.isNetworkError || SERVER_DOWN.has(error.status));
}

/** A query that failed (or is retrying after a failure) because the server could not be reached. */
export function isStranded(query: Query): boolean {
  const { state } = query;
  if (state.status === 'error' && isUnreachable(state.error)) return true;
  return state.fetchStatus === 'fetching' && state.fetchFailureCount > 0 && isUnreachable(state.fetchFailureReason);
}

/** A fetch held back because the browser says it is offline (React Query pauses it). */
export const isPaused = (query: Query) => query.state.fetchStatus === 'paused';

export type ConnectionProblem = 'offline' | 'unreachable' | undefined;

export function connectionProblem(online: boolean, queries: readonly Query[]): ConnectionProblem {
  if (!online || queries.some(isPaused)) return 'offline';
  return queries.some(isStranded) ? 'unreachable' : undefined;
}
