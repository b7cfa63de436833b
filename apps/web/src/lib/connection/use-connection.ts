import { useCallback, useSyncExternalStore } from 'react';
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { connectionProblem, isPaused, isStranded, type ConnectionProblem } from './connection-state';

/**
 * Whether the console can talk to its server: the browser's own online state, and the queries
 * that failed because nothing answered. `retry` fetches those again at once.
 */
export function useConnection(): { problem: ConnectionProblem; retry: () => void; retrying: boolean } {
  const client = useQueryClient();
  const cache = client.getQueryCache();
  const snapshot = useCallback(() => {
    const queries = cache.getAll();
    const problem = connectionProblem(onlineManager.isOnline(), queries);
    const retrying = queries.some((q) => (isStranded(q) || isPaused(q)) && q.state.fetchStatus === 'fetching');
    return `${problem ?? ''}|${retrying}`;
  }, [cache]);
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
    void client.refetchQueries({ predicate: (q) => isStranded(q) || isPaused(q) || q.state.status === 'error' });
  }, [client]);
  return { problem: (problem || undefined) as ConnectionProblem, retry, retrying: retrying === 'true' };
}
