import { stringify } from 'node:querystring';
import { describe, expect, it } from 'vitest';
import { signHuaweiRequest } from '../../testing/huawei.ts';
import {
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  EMPTY_BODY_SHA256,
  parseAuthorization,
  parseSdkDate,
  sdkUrlEncode,
  sha256Hex,
  sign,
  stringToSign,
} from './signature.ts';

const keys = { accessKeyId: 'AKTESTSIGNATURE00001', secretAccessKey: 'secret-for-the-signature-unit-test-00000' };

interface Case {
  name: string;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: unknown;
}

/** Signs with the SDK core, then recomputes the signature from what would arrive on the wire. */
function verifyLikeTheServer(c: Case): { sdk: string; ours: string } {
  const url = `http://127.0.0.1:9090${c.path}`;
  const signed = signHuaweiRequest(url, c.method, c.headers, c.query as Record<string, string>, c.body, keys);
  const auth = parseAuthorization(signed.Authorization ?? '');
  if (!auth) throw new Error('no Authorization');
  const lower = new Map(Object.entries(signed).map(([k, v]) => [k.toLowerCase(), v]));
  const wireBody = c.body === undefined ? '' : JSON.stringify(c.body);
  const canonical = canonicalRequest({
    method: c.method,
    rawPath: new URL(url).pathname,
    rawQuery: stringify(c.query),
    signedHeaders: auth.signedHeaders,
    headerValue: (name) => lower.get(name) ?? '',
    payloadHash: lower.get('x-sdk-content-sha256') ?? (wireBody === '' ? EMPTY_BODY_SHA256 : sha256Hex(wireBody)),
  });
  return { sdk: auth.signature, ours: sign(keys.secretAccessKey, stringToSign(lower.get('x-sdk-date') ?? '', canonical)) };
}

describe('SDK-HMAC-SHA256 canonical request', () => {
  const cases: Case[] = [
    { name: 'a GET without query', method: 'GET', path: '/v1/p/vpc-endpoint-services', query: {}, headers: {} },
    {
      name: 'a GET whose query needs encoding',
      method: 'GET',
      path: '/v1/p/vpc-endpoint-services',
      query: { limit: '10', endpoint_service_name: "a b+c/ü*'()!~", id: '', sort_dir: 'asc' },
      headers: { 'content-type': 'application/json', 'X-Project-Id': 'p' },
    },
    {
      name: 'a repeated query parameter',
      method: 'GET',
      path: '/v1/p/vpc-endpoint-services',
      query: { tag: ['zeta', 'alpha', 'Mid'] },
      headers: {},
    },
    {
      name: 'a path segment that is percent-encoded',
      method: 'GET',
      path: '/v1/p/vpc-endpoint-services/a%20b%2Fc',
      query: {},
      headers: {},
    },
    {
      name: 'a PUT with a Unicode JSON body',
      method: 'PUT',
      path: '/v1/p/vpc-endpoint-services/4189d3c2-8882-4871-a3c2-d380272eed88',
      query: {},
      headers: { 'content-type': 'application/json;charset=UTF-8' },
      body: { description: 'Zahlungsdienst ✓ 支付', ports: [{ client_port: 1, server_port: 2 }] },
    },
    {
      name: 'an unsigned payload',
      method: 'PUT',
      path: '/v1/p/vpc-endpoint-services/x',
      query: {},
      headers: { 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD', 'content-type': 'text/plain' },
      body: { a: 1 },
    },
  ];
  for (const c of cases) {
    it(`when the SDK signs ${c.name}, then the server's computation gives the same signature`, () => {
      const { sdk, ours } = verifyLikeTheServer(c);
      expect(ours).toBe(sdk);
    });
  }

  it('when a path is canonicalised, then every segment is encoded and a trailing / added', () => {
    expect(canonicalUri('/v1/p/vpc-endpoint-services')).toBe('/v1/p/vpc-endpoint-services/');
    expect(canonicalUri('/v1/p/')).toBe('/v1/p/');
    expect(canonicalUri('/a%20b/c d')).toBe('/a%2520b/c%20d/');
    expect(canonicalQuery('b=2&a=1&a=0&c')).toBe('a=0&a=1&b=2&c=');
    expect(sdkUrlEncode("-._~!*'()ü ")).toBe('-._~%21%2A%27%28%29%C3%BC%20');
  });

  it('when an Authorization header or X-Sdk-Date is read, then malformed ones are refused', () => {
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=AK, SignedHeaders=Host;X-Sdk-Date, Signature=ab')).toEqual({
      algorithm: 'SDK-HMAC-SHA256',
      access: 'AK',
      signedHeaders: ['host', 'x-sdk-date'],
      signature: 'ab',
    });
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=AK, Signature=ab')).toBeUndefined();
    expect(parseAuthorization('Bearer')).toBeUndefined();
    expect(parseSdkDate('20260105T100000Z')).toBe(Date.UTC(2026, 0, 5, 10, 0, 0));
    expect(parseSdkDate('2026-01-05T10:00:00Z')).toBeUndefined();
    expect(parseSdkDate('20260231T100000Z')).toBeUndefined();
  });
});
