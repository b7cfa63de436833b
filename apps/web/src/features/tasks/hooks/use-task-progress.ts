import { useCallback, useEffect, useReducer, useState } from 'react';
import { pathOf, routes } from '@portico/contracts/routes';
import { TaskEvent, type TaskEventType } from '@portico/contracts/tasks';
import { useTask } from '../api/get-task';
import { initialTaskProgress, isFinished, taskProgressReducer } from '../utils/task-progress';

/**
 * `connecting` until the stream opens, `live` while it is open, `reconnecting` while the
 * browser retries by itself (resuming with Last-Event-ID), `lost` when it gave up, `idle`
 * when there is nothing to follow (not loaded yet, or finished).
 */
export type StreamState = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'lost';

const eventTypes: readonly TaskEventType[] = routes.taskEvents.events;

/** While the stream is down, re-read the snapshot now and then so the panel does not stall. */
const POLL_WHILE_DOWN_MS = 5_000;

export function useTaskProgress(taskId: string) {
  const [stream, setStream] = useState<StreamState>('idle');
  const [attempt, setAttempt] = useState(0);
  const down = stream === 'reconnecting' || stream === 'lost';
  const snapshot = useTask(taskId, { pollMs: down ? POLL_WHILE_DOWN_MS : false });
  const [state, dispatch] = useReducer(taskProgressReducer, initialTaskProgress);

  useEffect(() => {
    if (snapshot.data) dispatch({ type: 'snapshot', task: snapshot.data });
  }, [snapshot.data]);

  const following = state.task !== null && !isFinished(state.task);

  useEffect(() => {
    if (!following) {
      setStream('idle');
      return;
    }
    const source = new EventSource(pathOf(routes.taskEvents.path, { id: taskId }));
    setStream('connecting');
    source.onopen = () => setStream('live');
    source.onerror = () => setStream(source.readyState === EventSource.CLOSED ? 'lost' : 'reconnecting');
    const onEvent = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = TaskEvent.safeParse(data);
      if (parsed.success) dispatch({ type: 'event', event: parsed.data });
    };
    for (const type of eventTypes) source.addEventListener(type, onEvent);
    return () => {
      for (const type of eventTypes) source.removeEventListener(type, onEvent);
      source.close();
    };
  }, [taskId, following, attempt]);

  const { refetch } = snapshot;
  /** Re-reads the snapshot and opens a new stream (events already applied are skipped). */
  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
    void refetch();
  }, [refetch]);

  return {
    task: state.task,
    stream,
    retry,
    isLoading: snapshot.isPending && state.task === null,
    error: state.task === null ? snapshot.error : null,
    isRetrying: snapshot.isFetching,
  };
}
