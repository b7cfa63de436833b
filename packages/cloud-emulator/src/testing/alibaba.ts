import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { OpenApiUtil, $OpenApiUtil } from '@alicloud/openapi-core';
import * as cloudapi from '@alicloud/cloudapi20160714';
import { DEMO_ALIBABA_ACCESS_KEY_ID, DEMO_ALIBABA_ACCESS_KEY_SECRET, DEMO_REGION } from '../config.ts';
import type { RunningEmulator } from '../server.ts';

/**
 * Test clients for the emulator: the official SDK (signature V3 by default), and
 * raw V1 / V3 requests signed with the SDK's own signing helpers, for the cases
 * the SDK never produces (a reused nonce, a stale date, a form body).
 */
export type CloudApiClient = InstanceType<typeof cloudapi.default>;
export { cloudapi };

/** From ESM the client class sits one or two `default`s deep (STACK trap 4). */
function clientClass(): typeof cloudapi.default {
  let current: unknown = cloudapi;
  for (let i = 0; i < 4 && typeof current !== 'function'; i++) {
    current = (current as { default?: unknown }).default;
  }
  if (typeof current !== 'function') throw new Error('cannot find the CloudAPI client class');
  return current as typeof cloudapi.default;
}

export interface KeyOptions {
  accessKeyId?: string;
  accessKeySecret?: string;
}

export function sdkClient(emulator: RunningEmulator, keys: KeyOptions = {}): CloudApiClient {
  const Client = clientClass();
  return new Client(
    new $OpenApiUtil.Config({
      accessKeyId: keys.accessKeyId ?? DEMO_ALIBABA_ACCESS_KEY_ID,
      accessKeySecret: keys.accessKeySecret ?? DEMO_ALIBABA_ACCESS_KEY_SECRET,
      endpoint: emulator.endpoint,
      protocol: 'HTTP',
      regionId: DEMO_REGION,
    }),
  );
}

/** The parts of an SDK error the tests look at. */
export interface SdkErrorShape {
  code?: string;
  statusCode?: number;
  name?: string;
  message?: string;
  data?: Record<string, unknown>;
}

/** Runs a call expected to fail and returns the SDK's error. */
export async function sdkError(call: Promise<unknown>): Promise<SdkErrorShape> {
  try {
    await call;
  } catch (error) {
    return error as SdkErrorShape;
  }
  throw new Error('the call was expected to fail');
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

async function toRaw(res: Response): Promise<RawResponse> {
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = {};
  }
  return { status: res.status, headers: res.headers, text, json };
}

export interface V1Options extends KeyOptions {
  method?: 'GET' | 'POST';
  params: Record<string, string>;
  nonce?: string;
  timestamp?: string;
  format?: string | null;
  /** Replaces the computed signature. */
  signature?: string;
  omit?: string[];
}

/** A raw RPC request signed with HMAC-SHA1 "1.0" (the SDK's getRPCSignature). */
export async function rawV1(emulator: RunningEmulator, options: V1Options): Promise<RawResponse> {
  const method = options.method ?? 'GET';
  const params: Record<string, string> = {
    Version: '2016-07-14',
    AccessKeyId: options.accessKeyId ?? DEMO_ALIBABA_ACCESS_KEY_ID,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: options.nonce ?? randomUUID(),
    Timestamp: options.timestamp ?? OpenApiUtil.getTimestamp(),
    ...options.params,
  };
  if (options.format !== null) params.Format = options.format ?? 'JSON';
  for (const name of options.omit ?? []) delete params[name];
  params.Signature = options.signature ?? OpenApiUtil.getRPCSignature(params, method, options.accessKeySecret ?? DEMO_ALIBABA_ACCESS_KEY_SECRET);
  if (options.omit?.includes('Signature')) delete params.Signature;
  const encoded = new URLSearchParams(params).toString();
  const res =
    method === 'GET'
      ? await fetch(`${emulator.url}/?${encoded}`)
      : await fetch(`${emulator.url}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: encoded,
        });
  return toRaw(res);
}

export interface V3Options extends KeyOptions {
  action: string;
  query?: Record<string, string>;
  nonce?: string;
  date?: string;
  /** A form body (sent as application/x-www-form-urlencoded). */
  form?: Record<string, string>;
  /** Sends this x-acs-content-sha256 instead of the body's hash. */
  contentSha256?: string;
}

type TeaRequest = Parameters<typeof OpenApiUtil.getAuthorization>[0];

/** A raw ACS3-HMAC-SHA256 request, its Authorization computed by the SDK's getAuthorization. */
export async function rawV3(emulator: RunningEmulator, options: V3Options): Promise<RawResponse> {
  const body = options.form ? new URLSearchParams(options.form).toString() : '';
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const headers: Record<string, string> = {
    host: emulator.endpoint,
    'x-acs-action': options.action,
    'x-acs-version': '2016-07-14',
    'x-acs-date': options.date ?? OpenApiUtil.getTimestamp(),
    'x-acs-signature-nonce': options.nonce ?? randomUUID(),
    'x-acs-content-sha256': options.contentSha256 ?? bodyHash,
    accept: 'application/json',
  };
  if (options.form) headers['content-type'] = 'application/x-www-form-urlencoded';
  const query = options.query ?? {};
  const request = { method: 'POST', pathname: '/', query, headers } as unknown as TeaRequest;
  headers.Authorization = OpenApiUtil.getAuthorization(
    request,
    'ACS3-HMAC-SHA256',
    headers['x-acs-content-sha256'] ?? bodyHash,
    options.accessKeyId ?? DEMO_ALIBABA_ACCESS_KEY_ID,
    options.accessKeySecret ?? DEMO_ALIBABA_ACCESS_KEY_SECRET,
  );
  const qs = new URLSearchParams(query).toString();
  const res = await fetch(`${emulator.url}/${qs ? `?${qs}` : ''}`, {
    method: 'POST',
    headers,
    ...(options.form ? { body } : {}),
  });
  return toRaw(res);
}

type RuntimeOptions = Parameters<CloudApiClient['callApi']>[2];

/** The SDK's RuntimeOptions class, from the SDK's own dependency (it is not one of ours). */
function runtimeOptions(): RuntimeOptions {
  const core = createRequire(import.meta.url).resolve('@alicloud/openapi-core');
  const dara = createRequire(core)('@darabonba/typescript') as { RuntimeOptions: new (map: object) => RuntimeOptions };
  return new dara.RuntimeOptions({});
}

/**
 * An RPC call through the SDK's generic `callApi` (signature V3, as the typed
 * methods), for parameters the typed requests lack, such as ModifyBackendModel's
 * ClientToken. Returns the JSON body.
 */
export async function callRpc(client: CloudApiClient, action: string, query: Record<string, string>): Promise<Record<string, unknown>> {
  const params = new $OpenApiUtil.Params({
    action,
    version: '2016-07-14',
    protocol: 'HTTP',
    pathname: '/',
    method: 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
  const request = new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(query) });
  const response = (await client.callApi(params, request, runtimeOptions())) as { body?: Record<string, unknown> };
  return response.body ?? {};
}

/** JSON from a test hook. */
export async function hook(
  emulator: RunningEmulator,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${emulator.url}/__emulator/${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** An ISO timestamp `minutes` away from now, as the SDK formats them. */
export function isoMinutesFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
