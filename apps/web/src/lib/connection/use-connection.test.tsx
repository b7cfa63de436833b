// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider, focusManager, useQuery } from '@tanstack/react-query';
import { createQueryClient } from '../query-client';
import { networkError } from '../api-client';
import { useConnection } from './use-connection';

/** A server that refuses the first call, then holds every call until told to answer. */
function flakyServer() {
  let calls = 0;
  let answer: (() => void) | undefined;
  const fetchList = vi.fn(async () => {
    calls += 1;
    if (calls === 1) throw networkError();
    if (calls === 2) await new Promise<void>((resolve) => (answer = resolve)); // never answered by the test
    return ['svc-1'];
  });
  return { fetchList, held: () => answer !== undefined };
}

function renderScreen(fetchList: () => Promise<string[]>) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const hook = renderHook(() => ({ connection: useConnection(), list: useQuery({ queryKey: ['services'], queryFn: fetchList, retryDelay: 10 }) }), { wrapper });
  return { ...hook, client };
}

afterEach(() => focusManager.setFocused(undefined));

describe('useConnection', () => {
  it('when a screen is waiting on an automatic retry the server does not answer, then Retry is usable and fetches now, and the screen comes back', async () => {
    const server = flakyServer();
    const { result } = renderScreen(server.fetchList);
    await waitFor(() => expect(server.held()).toBe(true));
    expect(result.current.connection.problem).toBe('unreachable');
    expect(result.current.connection.retrying).toBe(false);

    act(() => result.current.connection.retry());

    await waitFor(() => expect(result.current.list.data).toEqual(['svc-1']));
    expect(server.fetchList).toHaveBeenCalledTimes(3);
    await waitFor(() => expect(result.current.connection.problem).toBeUndefined());
    expect(result.current.connection.retrying).toBe(false);
  });

  it('when a retry waits paused (the page was in the background), then Retry fetches it at once', async () => {
    const fetchList = vi.fn<() => Promise<string[]>>().mockRejectedValueOnce(networkError()).mockResolvedValue(['svc-1']);
    focusManager.setFocused(false);
    const { result } = renderScreen(fetchList);
    await waitFor(() => expect(result.current.list.fetchStatus).toBe('paused'));

    act(() => result.current.connection.retry());

    await waitFor(() => expect(result.current.list.data).toEqual(['svc-1']));
    expect(result.current.connection.problem).toBeUndefined();
  });

  it('when the person retries and the server is still down, then Retry shows it is working only until that attempt fails', async () => {
    const fetchList = vi.fn<() => Promise<string[]>>().mockRejectedValue(networkError());
    const { result } = renderScreen(fetchList);
    await waitFor(() => expect(result.current.list.status).toBe('error'));
    const before = fetchList.mock.calls.length;

    act(() => result.current.connection.retry());
    expect(result.current.connection.retrying).toBe(true);
    expect(result.current.connection.problem).toBe('unreachable');

    await waitFor(() => expect(result.current.connection.retrying).toBe(false));
    expect(fetchList.mock.calls.length).toBeGreaterThan(before);
    expect(result.current.connection.problem).toBe('unreachable');
  });
});
