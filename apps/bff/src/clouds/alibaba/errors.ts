import { ErrorCode } from '@portico/contracts/errors';
import { AppError } from '../../http/app-error.ts';

interface SdkError {
  code?: string;
  statusCode?: number;
  requestId?: string;
  data?: { Message?: string; RequestId?: string };
  retryAfter?: number;
  message?: string;
}

function asSdkError(error: unknown): SdkError {
  return typeof error === 'object' && error !== null ? (error as SdkError) : {};
}

/** Network-level failures the SDK passes through from Node (no HTTP answer at all). */
const connectionCodes = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ReadTimeout', 'ConnectTimeout', 'UND_ERR_SOCKET']);

function isConnectionError(e: SdkError): boolean {
  return (e.code !== undefined && connectionCodes.has(e.code)) || /socket hang up|ECONNRESET|ECONNREFUSED|timeout/i.test(e.message ?? '');
}

export function isThrottling(error: unknown): boolean {
  return (asSdkError(error).code ?? '').includes('Throttling');
}

/** Throttling, a 5xx and a dropped connection are worth another try; a 4xx never is. */
export function retryVerdict(error: unknown): { retry: boolean; retryAfterMs?: number } {
  const e = asSdkError(error);
  if (isThrottling(error)) return e.retryAfter ? { retry: true, retryAfterMs: e.retryAfter } : { retry: true };
  if (e.statusCode !== undefined && e.statusCode >= 500) return { retry: true };
  if (e.statusCode === undefined && isConnectionError(e)) return { retry: true };
  return { retry: false };
}

/**
 * The cloud's answer becomes our envelope: its code, message and RequestId under `upstream`,
 * and a status that keeps the cloud's meaning (its 4xx stays a 4xx, its outage is a 502/503).
 */
export function toAppError(error: unknown): AppError {
  const e = asSdkError(error);
  if (e.statusCode === undefined) {
    return new AppError(ErrorCode.upstreamUnavailable, 'Alibaba Cloud could not be reached. Try again.', 503, {
      upstream: { cloud: 'alibaba', code: e.code ?? 'ConnectionError', message: 'no response from the cloud' },
    });
  }
  const code = e.code ?? 'Unknown';
  const message = e.data?.Message ?? e.message ?? 'The cloud refused the request.';
  const requestId = e.data?.RequestId ?? e.requestId;
  const upstream = { cloud: 'alibaba' as const, code, message, ...(requestId ? { requestId } : {}) };
  return new AppError(ErrorCode.upstream, `Alibaba Cloud: ${message}`, statusFor(e.statusCode, code), { upstream });
}

function statusFor(cloudStatus: number, code: string): number {
  // Our credentials or clock, not the user's input: the console is misconfigured.
  if (/^(SignatureDoesNotMatch|InvalidAccessKeyId|SignatureNonceUsed|InvalidTimeStamp)/.test(code)) return 502;
  if (code.includes('Throttling')) return 429;
  if (cloudStatus >= 500) return 502;
  if (cloudStatus === 404 || /NotFound/i.test(code)) return 404;
  if (cloudStatus === 403) return 403;
  return cloudStatus >= 400 && cloudStatus < 500 ? cloudStatus : 502;
}
