import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import type { IHttpRequest } from '@huaweicloud/huaweicloud-sdk-core/http/IHttpRequest.js';
import { ErrorCode } from '@portico/contracts/errors';
import { AppError } from '../../errors.ts';
import { unobserved, type CloudObserver, type CloudOutcome } from '../observer.ts';
import type { HuaweiProfile } from '../profiles.ts';
import { defaultRetryPolicy, withRetry, type RetryPolicy } from '../retry.ts';

export interface HuaweiCallOptions {
  timeoutMs: number;
  retry: RetryPolicy;
}

export const defaultHuaweiOptions: HuaweiCallOptions = { timeoutMs: 10_000, retry: defaultRetryPolicy };

/** An HTTP answer the cloud gave, kept for the error mapping and the retry decision. */
class HuaweiHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly cloudMessage: string,
    readonly requestId: string | undefined,
  ) {
    super(`${status} ${code}: ${cloudMessage}`);
  }
}

type Query = Record<string, string | number | undefined>;

/**
 * The one door to Huawei Cloud for a profile: requests signed by the SDK core's AK/SK signer
 * (SDK-HMAC-SHA256), a timeout, retries for reads, and Huawei's errors turned into ours.
 */
export class HuaweiGateway {
  readonly #credentials: BasicCredentials;

  constructor(
    readonly profile: HuaweiProfile,
    private readonly options: HuaweiCallOptions = defaultHuaweiOptions,
    private readonly observer: CloudObserver = unobserved,
  ) {
    this.#credentials = new BasicCredentials().withAk(profile.accessKeyId).withSk(profile.accessKeySecret.reveal()).withProjectId(profile.projectId);
  }

  /** `/v1/{project_id}/…` with the profile's project id filled in. */
  path(suffix: string): string {
    return `/v1/${encodeURIComponent(this.profile.projectId)}${suffix}`;
  }

  get<T>(path: string, query: Query = {}): Promise<T> {
    return this.run<T>('GET', path, query, undefined, true);
  }

  /** A PUT replaces the fields it names: repeating it leaves the same state, so it may be retried. */
  put<T>(path: string, body: unknown): Promise<{ body: T; requestId?: string }> {
    return this.run<{ body: T; requestId?: string }>('PUT', path, {}, body, true, true);
  }

  /** An action POST; the caller says whether repeating it leaves the same state. */
  post<T>(path: string, body: unknown, idempotent: boolean): Promise<{ body: T; requestId?: string }> {
    return this.run<{ body: T; requestId?: string }>('POST', path, {}, body, idempotent, true);
  }

  private async run<T>(method: string, path: string, query: Query, body: unknown, retryable: boolean, withRequestId = false): Promise<T> {
    try {
      return await withRetry(
        () => this.observed(method, path, () => this.send<T>(method, path, query, body, withRequestId)),
        (error) => ({ retry: retryable && isRetryable(error) }),
        this.options.retry,
      );
    } catch (error) {
      throw toAppError(error);
    }
  }

  /** Reports each attempt under its path template, so ids and the project do not split the series. */
  private async observed<T>(method: string, path: string, attempt: () => Promise<T>): Promise<T> {
    const operation = `${method} ${operationPath(path, this.profile.projectId)}`;
    const started = performance.now();
    try {
      const result = await attempt();
      this.observer.called('huawei', operation, 'ok', (performance.now() - started) / 1000);
      return result;
    } catch (error) {
      this.observer.called('huawei', operation, outcomeOf(error), (performance.now() - started) / 1000);
      throw error;
    }
  }

  private async send<T>(method: string, path: string, query: Query, body: unknown, withRequestId: boolean): Promise<T> {
    const queryParams = Object.fromEntries(
      Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    const url = new URL(this.profile.endpoint.replace(/\/$/, '') + path);
    for (const [key, value] of Object.entries(queryParams)) url.searchParams.set(key, value);
    const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
    const request = { endpoint: url.origin + url.pathname, method, headers, queryParams, data: body } as unknown as IHttpRequest;
    // The signer hashes JSON.stringify(data): send exactly that text.
    const signed = AKSKSigner.sign(request, this.#credentials) as Record<string, string>;
    const response = await fetch(url, {
      method,
      headers: signed,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    const text = await response.text();
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (!response.ok) {
      const parsed = safeJson(text) as { error?: { code?: string; message?: string }; error_code?: string; error_msg?: string } | undefined;
      const code = parsed?.error?.code ?? parsed?.error_code ?? `HTTP.${response.status}`;
      const message = parsed?.error?.message ?? parsed?.error_msg ?? response.statusText;
      throw new HuaweiHttpError(response.status, code, message, requestId);
    }
    const parsed = safeJson(text) ?? {};
    // Writes also hand back the cloud's request id, for the audit log.
    return (withRequestId ? { body: parsed, ...(requestId ? { requestId } : {}) } : parsed) as T;
  }
}

function safeJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** `/v1/{project_id}/vpc-endpoint-services/{id}/connections`: the path with its variable parts named. */
export function operationPath(path: string, projectId: string): string {
  return path
    .split('/')
    .map((segment, i) => (i === 2 && segment === encodeURIComponent(projectId) ? '{project_id}' : i > 3 && segment !== 'connections' ? '{id}' : segment))
    .join('/');
}

function outcomeOf(error: unknown): CloudOutcome {
  if (!(error instanceof HuaweiHttpError)) return 'timeout';
  if (error.status === 429) return 'throttled';
  return error.status >= 500 ? 'server_error' : 'client_error';
}

function isRetryable(error: unknown): boolean {
  if (error instanceof HuaweiHttpError) return error.status === 429 || error.status >= 500;
  return true; // no answer at all: a dropped connection or a timeout
}

function toAppError(error: unknown): AppError {
  if (!(error instanceof HuaweiHttpError)) {
    return new AppError(ErrorCode.upstreamUnavailable, 'Huawei Cloud could not be reached. Try again.', 503, {
      upstream: { cloud: 'huawei', code: 'ConnectionError', message: 'no response from the cloud' },
    });
  }
  const upstream = { cloud: 'huawei' as const, code: error.code, message: error.cloudMessage, ...(error.requestId ? { requestId: error.requestId } : {}) };
  // Our credentials or project being refused is the console's misconfiguration, not the user's input.
  const status = error.status === 401 || error.status === 403 ? 502 : error.status === 429 ? 429 : error.status >= 500 ? 502 : error.status;
  return new AppError(ErrorCode.upstream, `Huawei Cloud: ${error.cloudMessage}`, status, { upstream });
}
