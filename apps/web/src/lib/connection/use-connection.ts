import { useCallback, useState, useSyncExternalStore } from 'react';
import { notifyManager, onlineManager, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { connectionProblem, isPaused, isStranded, type ConnectionProblem } from './connection-state';

/** What the person's Retry should fetch again: every query the lost connection left without an answer. */
const needsRetry = (query: Query) => isStranded(query) || isPaused(query) || query.state.status === 'error';

/** A fetch the person asked for is on its way: its first attempt runs and has not failed yet. */
const onItsWay = (query: Query) => query.state.fetchStatus === 'fetching' && query.state.fetchFailureCount === 0;

/**
 * Fetches the given queries again now. React Query's own refetch would not: for a query that is
 * waiting between automatic retries (still 'fetching') or paused, and has no data yet, it hands
 * back the pending attempt, which fetches only after the back-off, or never when the pause was
 * not caused by going offline. So the wait is cancelled first (back to the state before it) and
 * a new fetch starts in the same batch.
 */
function fetchNow(client: QueryClient, queries: readonly Query[]): Promise<void> {
  const chosen = new Set(queries);
  return notifyManager.batch(() => {
    for (const query of queries) if (query.state.fetchStatus !== 'idle') void query.cancel({ revert: true });
    return client.refetchQueries({ predicate: (q) => chosen.has(q) });
  });
}

/**
 * Whether the console can talk to its server: the browser's own online state, and the queries
 * that failed because nothing answered. `retry` fetches those again at once; `retrying` is true
 * only while a fetch the person asked for is on its way (never during React Query's automatic
 * retries, so Retry stays usable while the console waits by itself).
 */
export function useConnection(): { problem: ConnectionProblem; retry: () => void; retrying: boolean } {
  const client = useQueryClient();
  const cache = client.getQueryCache();
  const [asked, setAsked] = useState<readonly Query[]>([]);
  const snapshot = useCallback(() => {
    const retrying = asked.some(onItsWay);
    // While the person's retry is on its way the banner stays: it says what is being retried.
    const problem = connectionProblem(onlineManager.isOnline(), cache.getAll()) ?? (retrying ? 'unreachable' : undefined);
    return `${problem ?? ''}|${retrying}`;
  }, [cache, asked]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const offCache = cache.subscribe(onChange);
      const offOnline = onlineManager.subscribe(onChange);
      return () => {
        offCache();
        offOnline();
      };
    },
    [cache],
  );
  const [problem, retrying] = useSyncExternalStore(subscribe, snapshot).split('|');
  const retry = useCallback(() => {
    // The browser may have missed the connection coming back: try anyway.
    if (typeof navigator !== 'undefined' && navigator.onLine) onlineManager.setOnline(true);
    const queries = cache.getAll().filter(needsRetry);
    setAsked(queries);
    void fetchNow(client, queries).finally(() => setAsked([]));
  }, [cache, client]);
  return { problem: (problem || undefined) as ConnectionProblem, retry, retrying: retrying === 'true' };
}
