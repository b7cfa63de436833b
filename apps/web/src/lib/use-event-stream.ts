import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * `connecting` until the stream opens, `live` while it is open, `reconnecting` while the
 * browser retries by itself (resuming with Last-Event-ID), `lost` when it gave up, `idle`
 * when there is nothing to follow.
 */
export type StreamState = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'lost';

export interface EventStreamOptions<T> {
  /** The stream to follow; `undefined` follows none (`idle`), e.g. before loading or once finished. */
  url: string | undefined;
  /** The named events to listen for (the route table's `events`). */
  events: readonly string[];
  /** Checks one event's JSON data; `undefined` drops it (a malformed or unknown event). */
  parse: (data: unknown) => T | undefined;
  onEvent: (event: T) => void;
  /**
   * The server ends the stream after its last event: closing on it first keeps the browser
   * from reconnecting to a stream that has nothing more to say.
   */
  isLast?: (event: T) => boolean;
}

/** One EventSource, opened while `url` is set, closed on unmount or when `url` changes. */
export function useEventStream<T>({ url, events, parse, onEvent, isLast }: EventStreamOptions<T>): { state: StreamState; reconnect: () => void } {
  const [state, setState] = useState<StreamState>('idle');
  const [attempt, setAttempt] = useState(0);
  // The latest callbacks, without reopening the stream when a render makes new ones.
  const handlers = useRef({ parse, onEvent, isLast });
  handlers.current = { parse, onEvent, isLast };
  const eventKey = events.join(' ');

  useEffect(() => {
    if (url === undefined) {
      setState('idle');
      return;
    }
    const source = new EventSource(url);
    setState('connecting');
    source.onopen = () => setState('live');
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'lost' : 'reconnecting');
    const listener = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const event = handlers.current.parse(data);
      if (event === undefined) return;
      if (handlers.current.isLast?.(event)) source.close();
      handlers.current.onEvent(event);
    };
    const names = eventKey.split(' ');
    for (const name of names) source.addEventListener(name, listener);
    return () => {
      for (const name of names) source.removeEventListener(name, listener);
      source.close();
    };
  }, [url, eventKey, attempt]);

  /** Opens a new stream (after `lost`, or when someone asks to retry). */
  const reconnect = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reconnect };
}
