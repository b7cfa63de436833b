import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '@portico/contracts/routes';
import { ApiError, apiRequest, ClientErrorCode, setCsrfToken, urlOf } from './api-client';
import { shouldRetry } from './query-client';

function respond(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('urlOf', () => {
  it('when params and query are given, then the path is filled, encoded, and empty values are left out', () => {
    expect(urlOf('/api/vpc-authorizations/:name', { name: 'a b/c' }, { profile: undefined, search: '', page: 2 })).toBe('/api/vpc-authorizations/a%20b%2Fc?page=2');
  });
});

describe('apiRequest', () => {
  it('when the BFF answers 2xx, then the body is parsed with the route schema and sent same-origin', async () => {
    const fetchMock = respond(200, { items: [], total: 0, page: 1, pageSize: 20 });
    const page = await apiRequest(routes.listVpcAuthorizations, { query: { page: 1, pageSize: 20, search: 'orders' } });
    expect(page.total).toBe(0);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/vpc-authorizations?page=1&pageSize=20&search=orders');
    expect(init.credentials).toBe('same-origin');
    expect(init.method).toBe('GET');
  });

  it('when a body is sent, then it is JSON with its content type', async () => {
    const fetchMock = respond(201, { id: 'va-1', name: 'n' });
    await apiRequest(routes.createVpcAuthorization, { body: { name: 'n', vpcId: 'vpc-1', instanceId: 'i-1', port: 80 } });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ name: 'n', vpcId: 'vpc-1', instanceId: 'i-1', port: 80 });
  });

  it('when a CSRF token is set, then changes carry it and reads do not', async () => {
    setCsrfToken('tok-123');
    try {
      const fetchMock = respond(200, { unboundApis: [] });
      await apiRequest(routes.removeVpcAuthorization, { params: { name: 'n' } });
      respond(200, { items: [] });
      await apiRequest(routes.listProfiles);
      const [, remove] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
      expect(new Headers(remove.headers).get('x-csrf-token')).toBe('tok-123');
      const readMock = vi.mocked(fetch);
      const [, read] = readMock.mock.calls[0] as unknown as [string, RequestInit];
      expect(new Headers(read.headers).get('x-csrf-token')).toBeNull();
    } finally {
      setCsrfToken(undefined);
    }
  });

  it('when the BFF answers with the error envelope, then an ApiError carries status, code, fields and upstream', async () => {
    respond(400, {
      error: {
        code: 'UPSTREAM_ERROR',
        message: 'The cloud refused',
        fields: { port: 'must be between 1 and 65535' },
        upstream: { cloud: 'alibaba', code: 'InvalidPort', message: 'Bad port', requestId: 'REQ-1' },
      },
    });
    const error = await apiRequest(routes.listProfiles).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'UPSTREAM_ERROR',
      message: 'The cloud refused',
      fields: { port: 'must be between 1 and 65535' },
      upstream: { cloud: 'alibaba', code: 'InvalidPort', requestId: 'REQ-1' },
    });
  });

  it('when the answer is not the envelope, then the error still says what the server answered', async () => {
    respond(502, '<html>bad gateway</html>');
    const error = await apiRequest(routes.listProfiles).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: ClientErrorCode.http });
  });

  it('when fetch fails, then it is a network error worth retrying', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await apiRequest(routes.listProfiles).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetworkError).toBe(true);
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
  });

  it('when a 2xx body does not match the contract, then it is an invalid response', async () => {
    respond(200, { items: 'nope' });
    const error = await apiRequest(routes.listProfiles).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ClientErrorCode.invalidResponse });
  });
});

describe('shouldRetry', () => {
  it('when the server rejected the request (4xx), then it is not retried', () => {
    expect(shouldRetry(0, new ApiError({ status: 404, code: 'NOT_FOUND', message: 'x' }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ status: 503, code: 'UPSTREAM_UNAVAILABLE', message: 'x' }))).toBe(true);
  });
});
