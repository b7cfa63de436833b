import { describe, expect, it } from 'vitest';
import { QueryClient, type Query } from '@tanstack/react-query';
import { ApiError, ClientErrorCode } from '../api-client';
import { connectionProblem, isStranded, isUnreachable } from './connection-state';

const networkError = new ApiError({ status: 0, code: ClientErrorCode.network, message: 'Could not reach the Portico server.' });
const badGateway = new ApiError({ status: 502, code: 'upstream', message: 'Bad gateway' });
const refused = new ApiError({ status: 403, code: 'forbidden', message: 'No' });

function queryWith(state: Partial<Query['state']>): Query {
  const client = new QueryClient();
  const queryKey: readonly unknown[] = ['q', Math.random()];
  const query = client.getQueryCache().build(client, { queryKey });
  query.setState({ ...query.state, ...state });
  return query;
}

describe('connection state', () => {
  it('when an answer never came or a proxy says the server is down, then it is unreachable; a refusal is not', () => {
    expect(isUnreachable(networkError)).toBe(true);
    expect(isUnreachable(badGateway)).toBe(true);
    expect(isUnreachable(refused)).toBe(false);
    expect(isUnreachable(new Error('x'))).toBe(false);
  });

  it('when a query is retrying after a failed fetch, then it is stranded before its retries run out', () => {
    expect(isStranded(queryWith({ fetchStatus: 'fetching', fetchFailureCount: 1, fetchFailureReason: networkError }))).toBe(true);
    expect(isStranded(queryWith({ fetchStatus: 'fetching', fetchFailureCount: 0 }))).toBe(false);
    expect(isStranded(queryWith({ status: 'error', error: networkError, fetchStatus: 'idle' }))).toBe(true);
    expect(isStranded(queryWith({ status: 'error', error: refused, fetchStatus: 'idle' }))).toBe(false);
  });

  it('when the browser is offline or a fetch is paused, then the problem is offline; else unreachable only with a stranded query', () => {
    const fine = queryWith({ status: 'success', fetchStatus: 'idle' });
    expect(connectionProblem(false, [fine])).toBe('offline');
    expect(connectionProblem(true, [queryWith({ fetchStatus: 'paused' })])).toBe('offline');
    expect(connectionProblem(true, [fine, queryWith({ status: 'error', error: badGateway })])).toBe('unreachable');
    expect(connectionProblem(true, [fine])).toBeUndefined();
  });
});
