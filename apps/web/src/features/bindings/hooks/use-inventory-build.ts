import { useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { InventoryJob } from '@portico/contracts/bindings';
import { pathOf, routes } from '@portico/contracts/routes';
import { useInventoryJob } from '../api/get-inventory-job';
import { bindingsKeys } from '../api/query-keys';
import { useRefreshInventory } from '../api/refresh-inventory';
import { useEventStream, type StreamState } from '@/lib/use-event-stream';

/** The build stream's state: the shared event stream's. */
export type BuildStreamState = StreamState;

const parseJob = (data: unknown) => InventoryJob.safeParse(data).data;

/** While the stream is down, the job is read now and then so the bar does not stall. */
const POLL_WHILE_DOWN_MS = 3_000;

/** Later news of the same job wins; a finished job stays finished; another job's news is ignored. */
function merge(current: InventoryJob | null, next: InventoryJob): InventoryJob | null {
  if (!current || current.id !== next.id) return current;
  if (current.status !== 'running') return current;
  return next;
}

/**
 * Starts an inventory build (or joins the one running) and follows it over its event stream.
 * When it completes, the inventory is read again; until that answer lands, `building` stays
 * true and the previous inventory stays on screen.
 */
export function useInventoryBuild(profile: string | undefined) {
  const queryClient = useQueryClient();
  const [job, setJob] = useState<InventoryJob | null>(null);
  const [landing, setLanding] = useState(false);
  const start = useRefreshInventory({ onSuccess: (started) => setJob(started) });

  const running = job?.status === 'running';
  const jobId = running ? job.id : undefined;
  const { state: stream } = useEventStream({
    url: jobId === undefined ? undefined : pathOf(routes.inventoryJobEvents.path, { id: jobId }),
    events: routes.inventoryJobEvents.events,
    parse: parseJob,
    // The BFF ends the stream after the last event: closing on it keeps the browser from reconnecting.
    isLast: (next) => next.status !== 'running',
    onEvent: (next) => setJob((current) => merge(current, next)),
  });

  const down = stream === 'reconnecting' || stream === 'lost';
  const snapshot = useInventoryJob(jobId, down ? POLL_WHILE_DOWN_MS : false);

  useEffect(() => {
    if (snapshot.data) setJob((current) => merge(current, snapshot.data));
  }, [snapshot.data]);

  const completedId = job?.status === 'completed' ? job.id : undefined;
  useEffect(() => {
    if (completedId === undefined) return;
    let current = true;
    setLanding(true);
    void queryClient.invalidateQueries({ queryKey: bindingsKeys.inventories() }).finally(() => {
      if (current) setLanding(false);
    });
    return () => {
      current = false;
    };
  }, [completedId, queryClient]);

  const { mutate, reset } = start;
  const refresh = useCallback(() => {
    reset();
    mutate({ profile });
  }, [mutate, reset, profile]);

  return {
    /** The build followed now (running, or how the last one ended). */
    job,
    stream,
    refresh,
    /** A build is starting or running, or its inventory is being read. */
    building: start.isPending || running || landing,
    /** Starting the build failed (not the build itself: see `job.error`). */
    startError: start.error,
  };
}
