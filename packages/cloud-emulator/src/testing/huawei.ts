import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { stringify } from 'node:querystring';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import type { IHttpRequest } from '@huaweicloud/huaweicloud-sdk-core/http/IHttpRequest.js';
import { DEMO_HUAWEI_ACCESS_KEY_ID, DEMO_HUAWEI_PROJECT_ID, DEMO_HUAWEI_SECRET_ACCESS_KEY } from '../config.ts';
import type { RunningEmulator } from '../server.ts';

/**
 * Requests to the emulator's Huawei REST side signed by the SDK core's own
 * AKSKSigner (SDK-HMAC-SHA256), as the Huawei SDK's HcClient sends them
 * (content-type and X-Project-Id signed too), plus the variations the SDK never
 * produces: a stale X-Sdk-Date, a body other than the one signed, no
 * signature, an X-Auth-Token.
 */
export interface HuaweiRequestOptions {
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Path after the host, e.g. vpcepPath('/{id}'). */
  path: string;
  /** Sent and signed; undefined values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  /** Signed as JSON.stringify(body) and sent as that text. */
  body?: unknown;
  /** Sent instead of JSON.stringify(body) (a tampered body). */
  rawBody?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** X-Project-Id header (default: the demo project; null leaves it out). */
  projectIdHeader?: string | null;
  /** X-Sdk-Date to sign with (`YYYYMMDDTHHMMSSZ`); the signer's clock when absent. */
  sdkDate?: string;
  /** Extra headers, signed. */
  headers?: Record<string, string>;
  /** Send without Authorization (with `authToken`, token authentication). */
  unsigned?: boolean;
  /** X-Auth-Token header (implies unsigned). */
  authToken?: string;
  /** Replaces the computed Signature in the Authorization header. */
  signature?: string;
}

export interface HuaweiResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: Record<string, unknown>;
}

/** `/v1/{project_id}/vpc-endpoint-services{suffix}`. */
export function vpcepPath(suffix = '', projectId = DEMO_HUAWEI_PROJECT_ID): string {
  return `/v1/${projectId}/vpc-endpoint-services${suffix}`;
}

/** A date as X-Sdk-Date writes it, `minutes` away from now. */
export function sdkDateFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** The headers the SDK core's AKSKSigner produces for a request (Authorization, X-Sdk-Date, host…). */
export function signHuaweiRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  queryParams: Record<string, string>,
  body: unknown,
  keys: { accessKeyId: string; secretAccessKey: string },
): Record<string, string> {
  const credentials = new BasicCredentials().withAk(keys.accessKeyId).withSk(keys.secretAccessKey);
  const request = { endpoint: url, method, headers: { ...headers }, queryParams, data: body } as unknown as IHttpRequest;
  return AKSKSigner.sign(request, credentials) as Record<string, string>;
}

export async function huaweiRequest(emulator: RunningEmulator, options: HuaweiRequestOptions): Promise<HuaweiResponse> {
  const method = options.method ?? 'GET';
  const queryParams: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) queryParams[k] = String(v);
  const qs = stringify(queryParams);
  const base: Record<string, string> = { 'content-type': 'application/json' };
  const projectIdHeader = options.projectIdHeader === undefined ? DEMO_HUAWEI_PROJECT_ID : options.projectIdHeader;
  if (projectIdHeader !== null) base['X-Project-Id'] = projectIdHeader;
  if (options.sdkDate !== undefined) base['X-Sdk-Date'] = options.sdkDate;
  Object.assign(base, options.headers ?? {});

  let headers: Record<string, string>;
  if (options.unsigned || options.authToken !== undefined) {
    headers = { ...base, host: emulator.endpoint };
    if (options.authToken !== undefined) headers['X-Auth-Token'] = options.authToken;
  } else {
    headers = signHuaweiRequest(`${emulator.url}${options.path}`, method, base, queryParams, options.body, {
      accessKeyId: options.accessKeyId ?? DEMO_HUAWEI_ACCESS_KEY_ID,
      secretAccessKey: options.secretAccessKey ?? DEMO_HUAWEI_SECRET_ACCESS_KEY,
    });
    if (options.signature !== undefined && headers.Authorization) {
      headers.Authorization = headers.Authorization.replace(/Signature=[0-9a-f]+/, `Signature=${options.signature}`);
    }
  }
  const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const url = new URL(emulator.url);
  return new Promise<HuaweiResponse>((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: `${options.path}${qs ? `?${qs}` : ''}`,
        headers: payload === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(payload)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(text) as Record<string, unknown>;
          } catch {
            json = {};
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}
