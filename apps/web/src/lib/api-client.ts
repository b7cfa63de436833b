import type { z } from 'zod';
import { CSRF_HEADER } from '@portico/contracts/auth';
import type { ChangeRefusal } from '@portico/contracts/changes';
import { ErrorEnvelope, type UpstreamError } from '@portico/contracts/errors';
import { pathOf, type RouteDef } from '@portico/contracts/routes';
import { i18n } from './i18n/i18n';
import { localFieldMessages } from './i18n/validation';

/**
 * The one way the SPA talks to the BFF. Every request goes through `apiRequest`, so the
 * session cookie (`credentials: 'same-origin'`) and, later, the CSRF header live in one place.
 */

/** Codes the client itself produces (the BFF's own codes are in `ErrorCode` of the contracts). */
export const ClientErrorCode = {
  network: 'NETWORK_ERROR',
  invalidResponse: 'INVALID_RESPONSE',
  http: 'HTTP_ERROR',
} as const;

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  fields?: Record<string, string> | undefined;
  upstream?: UpstreamError | undefined;
  change?: ChangeRefusal | undefined;
}

/** The call a refused change came from, so it can be sent again or turned into a change request. */
export interface SentRequest {
  route: RouteDef;
  params?: Record<string, string | number> | undefined;
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
}

/** A failed call: the envelope the BFF answered with, or what the client could tell. */
export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  readonly upstream: UpstreamError | undefined;
  /** A save held for review or stopped by a freeze (the policies, the freeze), or an apply's drift. */
  readonly change: ChangeRefusal | undefined;
  /** The request that was refused (set by `apiRequest`). */
  sent: SentRequest | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields;
    this.upstream = init.upstream;
    this.change = init.change;
  }

  /** The request never got an answer: offline, BFF down, connection dropped. */
  get isNetworkError(): boolean {
    return this.code === ClientErrorCode.network;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type SchemaOf<R, K extends 'params' | 'query' | 'body'> = R extends { [P in K]: infer S extends z.ZodType } ? S : never;

type QueryValue = string | number | boolean | undefined | null;

/** What a call to route `R` takes: its params, query and body, typed from the route's schemas. */
export interface RequestOptions<R extends RouteDef> {
  params?: [SchemaOf<R, 'params'>] extends [never] ? never : z.input<SchemaOf<R, 'params'>>;
  query?: [SchemaOf<R, 'query'>] extends [never] ? never : { [K in keyof z.input<SchemaOf<R, 'query'>>]?: QueryValue };
  body?: [SchemaOf<R, 'body'>] extends [never] ? never : z.output<SchemaOf<R, 'body'>>;
  signal?: AbortSignal | undefined;
  /** Extra headers (a break-glass reason during a change freeze). */
  headers?: Record<string, string> | undefined;
}

export type ResponseOf<R extends RouteDef> = z.output<R['response']>;

/** Builds `path?query`, leaving out empty values so URLs stay short and cache keys stable. */
export function urlOf(path: string, params?: Record<string, string | number>, query?: Record<string, QueryValue>): string {
  const filled = pathOf(path, params ?? {});
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

/** The session's CSRF token (from `SessionInfo.csrfToken`), set once signed in. */
let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Headers every request carries; every change (non-GET) also carries the CSRF token. */
function headersFor(method: string, hasBody: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (hasBody) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set(CSRF_HEADER, csrfToken);
  return headers;
}

/** The request never got an answer (also for downloads fetched outside `apiRequest`). */
export const networkError = () =>
  new ApiError({
    status: 0,
    code: ClientErrorCode.network,
    message: 'Could not reach the Portico server. Check your connection and try again.',
  });

/** Turns a non-2xx answer into an ApiError, reading the envelope when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const envelope = ErrorEnvelope.safeParse(body);
  if (envelope.success) {
    const { code, message, fields, issues, upstream, change } = envelope.data.error;
    return new ApiError({ status: response.status, code, message, fields: fields && localFieldMessages(i18n, fields, issues), upstream, change });
  }
  return new ApiError({
    status: response.status,
    code: ClientErrorCode.http,
    message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
  });
}

function withExtra(headers: Headers, extra: Record<string, string> | undefined): Headers {
  for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  return headers;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Calls one route of the contract and returns its parsed response, or throws an ApiError. */
export async function apiRequest<R extends RouteDef>(route: R, options: RequestOptions<R> = {}): Promise<ResponseOf<R>> {
  const url = urlOf(route.path, options.params as Record<string, string | number> | undefined, options.query as Record<string, QueryValue> | undefined);
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(url, {
      method: route.method,
      credentials: 'same-origin',
      headers: withExtra(headersFor(route.method, hasBody), options.headers),
      body: hasBody ? JSON.stringify(options.body) : null,
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw networkError();
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    error.sent = { route, params: options.params as SentRequest['params'], query: options.query as SentRequest['query'], body: options.body };
    throw error;
  }

  let json: unknown;
  try {
    json = response.status === 204 ? {} : await response.json();
  } catch (error) {
    if (isAbort(error)) throw error;
    // A body cut off mid-way is a lost connection; anything else is not JSON.
    if (!(error instanceof SyntaxError)) throw networkError();
    throw new ApiError({
      status: response.status,
      code: ClientErrorCode.invalidResponse,
      message: 'The server sent an answer that is not JSON.',
    });
  }
  const parsed = route.response.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: ClientErrorCode.invalidResponse,
      message: 'The server sent an answer this version of Portico does not understand.',
    });
  }
  return parsed.data as ResponseOf<R>;
}
