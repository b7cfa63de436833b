// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEventStream, type EventStreamOptions } from './use-event-stream';

/** A stand-in for the browser's EventSource: the test opens, fails and sends events by hand. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly listeners = new Map<string, Set<(message: MessageEvent<string>) => void>>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(name: string, listener: (message: MessageEvent<string>) => void) {
    this.listeners.set(name, new Set([...(this.listeners.get(name) ?? []), listener]));
  }
  removeEventListener(name: string, listener: (message: MessageEvent<string>) => void) {
    this.listeners.get(name)?.delete(listener);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  send(name: string, data: string) {
    for (const listener of this.listeners.get(name) ?? []) listener(new MessageEvent(name, { data }));
  }
}

const latest = () => FakeEventSource.opened.at(-1)!;

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => vi.unstubAllGlobals());

function follow(initial: Partial<EventStreamOptions<{ n: number }>> = {}) {
  const received: number[] = [];
  const options: EventStreamOptions<{ n: number }> = {
    url: '/api/things/1/events',
    events: ['progress', 'done'],
    parse: (data) => (typeof data === 'object' && data !== null && 'n' in data && typeof data.n === 'number' ? { n: data.n } : undefined),
    onEvent: (event) => received.push(event.n),
    ...initial,
  };
  const hook = renderHook((props: EventStreamOptions<{ n: number }>) => useEventStream(props), { initialProps: options });
  return { ...hook, received, options };
}

describe('useEventStream', () => {
  it('when a url is given, then it connects, goes live on open, and hands over each well-formed event of the named types', () => {
    const { result, received } = follow();
    expect(result.current.state).toBe('connecting');
    act(() => latest().onopen?.());
    expect(result.current.state).toBe('live');
    act(() => {
      latest().send('progress', '{"n":1}');
      latest().send('progress', 'not json');
      latest().send('progress', '{"m":2}');
      latest().send('done', '{"n":3}');
    });
    expect(received).toEqual([1, 3]);
  });

  it('when the browser retries, then reconnecting; when it gave up, then lost; reconnect() opens a new stream', () => {
    const { result } = follow();
    act(() => latest().onerror?.());
    expect(result.current.state).toBe('reconnecting');
    act(() => {
      latest().readyState = FakeEventSource.CLOSED;
      latest().onerror?.();
    });
    expect(result.current.state).toBe('lost');
    act(() => result.current.reconnect());
    expect(FakeEventSource.opened).toHaveLength(2);
    expect(FakeEventSource.opened[0]!.readyState).toBe(FakeEventSource.CLOSED);
    expect(result.current.state).toBe('connecting');
  });

  it('when the last event comes, then the stream is closed before the browser could reconnect', () => {
    follow({ isLast: (event) => event.n >= 10 });
    act(() => latest().send('progress', '{"n":1}'));
    expect(latest().readyState).not.toBe(FakeEventSource.CLOSED);
    act(() => latest().send('done', '{"n":10}'));
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
  });

  it('when the url goes away (finished) or the component unmounts, then the stream is closed and the state idle', () => {
    const { result, rerender, unmount, options } = follow();
    const first = latest();
    rerender({ ...options, url: undefined });
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    expect(result.current.state).toBe('idle');
    rerender({ ...options, onEvent: () => undefined });
    const second = latest();
    // A new callback alone does not reopen the stream.
    rerender({ ...options, onEvent: () => undefined, parse: () => undefined });
    expect(latest()).toBe(second);
    unmount();
    expect(second.readyState).toBe(FakeEventSource.CLOSED);
  });
});
