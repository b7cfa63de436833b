import { useCallback, useEffect, useReducer } from 'react';
import { pathOf, routes } from '@portico/contracts/routes';
import { TaskEvent } from '@portico/contracts/tasks';
import { useEventStream, type StreamState } from '@/lib/use-event-stream';
import { useTask } from '../api/get-task';
import { initialTaskProgress, isFinished, taskProgressReducer } from '../utils/task-progress';

export type { StreamState };

/** While the stream is down, re-read the snapshot now and then so the panel does not stall. */
const POLL_WHILE_DOWN_MS = 5_000;

const parseEvent = (data: unknown) => TaskEvent.safeParse(data).data;

/** A task: its snapshot, then its event stream while it runs. */
export function useTaskProgress(taskId: string) {
  const [state, dispatch] = useReducer(taskProgressReducer, initialTaskProgress);
  const following = state.task !== null && !isFinished(state.task);
  const { state: stream, reconnect } = useEventStream({
    url: following ? pathOf(routes.taskEvents.path, { id: taskId }) : undefined,
    events: routes.taskEvents.events,
    parse: parseEvent,
    onEvent: (event) => dispatch({ type: 'event', event }),
  });
  const down = stream === 'reconnecting' || stream === 'lost';
  const snapshot = useTask(taskId, { pollMs: down ? POLL_WHILE_DOWN_MS : false });

  useEffect(() => {
    if (snapshot.data) dispatch({ type: 'snapshot', task: snapshot.data });
  }, [snapshot.data]);

  const { refetch } = snapshot;
  /** Re-reads the snapshot and opens a new stream (events already applied are skipped). */
  const retry = useCallback(() => {
    reconnect();
    void refetch();
  }, [reconnect, refetch]);

  return {
    task: state.task,
    stream,
    retry,
    isLoading: snapshot.isPending && state.task === null,
    error: state.task === null ? snapshot.error : null,
    isRetrying: snapshot.isFetching,
  };
}
