import { createHash, createHmac } from 'node:crypto';
import { queryPairs } from './wire.ts';

/**
 * Huawei Cloud's AK/SK signature (SDK-HMAC-SHA256), built the way the SDK
 * core's AKSKSigner builds it:
 *
 *   canonical request = method \n canonical URI \n canonical query \n
 *                       canonical headers \n signed headers \n payload hash
 *   string to sign    = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(sha256(canonical request))
 *   signature         = hex(hmac-sha256(SK, string to sign))
 *
 * The canonical URI is every path segment percent-encoded (RFC 3986 unreserved
 * characters kept, `%` itself encoded) and always ends with `/`; the canonical
 * query is the parameters sorted by name (several values of a name sorted too),
 * each `name=value` encoded the same way; the canonical headers are
 * `name:value\n` for each signed header; the payload hash is the value of
 * X-Sdk-Content-Sha256 when sent, else the hex SHA-256 of the body.
 */
export const SDK_HMAC_SHA256 = 'SDK-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** `YYYYMMDDTHHMMSSZ`, UTC. */
export const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Percent-encodes as the SDK's urlEncode: A-Z a-z 0-9 - . _ ~ kept, everything else as UTF-8 %XX (upper case). */
export function sdkUrlEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalUri(rawPath: string): string {
  const encoded = rawPath.split('/').map(sdkUrlEncode).join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

export function canonicalQuery(rawQuery: string): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of queryPairs(rawQuery)) {
    const list = byName.get(name);
    if (list) list.push(value);
    else byName.set(name, [value]);
  }
  const out: string[] = [];
  for (const name of [...byName.keys()].sort()) {
    const values = byName.get(name) ?? [];
    const ordered = values.length > 1 ? [...values].sort() : values;
    for (const value of ordered) out.push(`${sdkUrlEncode(name)}=${sdkUrlEncode(value)}`);
  }
  return out.join('&');
}

export interface CanonicalRequestParts {
  readonly method: string;
  /** Path as received (percent-encoded). */
  readonly rawPath: string;
  readonly rawQuery: string;
  /** Lowercase names, in the order they were signed. */
  readonly signedHeaders: readonly string[];
  headerValue(name: string): string;
  readonly payloadHash: string;
}

export function canonicalRequest(parts: CanonicalRequestParts): string {
  const headers = parts.signedHeaders.map((name) => `${name}:${parts.headerValue(name)}\n`).join('');
  return [parts.method, canonicalUri(parts.rawPath), canonicalQuery(parts.rawQuery), headers, parts.signedHeaders.join(';'), parts.payloadHash].join('\n');
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function stringToSign(sdkDate: string, canonical: string): string {
  return [SDK_HMAC_SHA256, sdkDate, sha256Hex(canonical)].join('\n');
}

export function sign(secretKey: string, toSign: string): string {
  return createHmac('sha256', secretKey).update(toSign).digest('hex');
}

export interface SdkAuthorization {
  readonly algorithm: string;
  readonly access: string;
  /** Lowercase header names as listed. */
  readonly signedHeaders: string[];
  readonly signature: string;
}

/** `SDK-HMAC-SHA256 Access=…, SignedHeaders=a;b, Signature=…`; undefined when a part is missing. */
export function parseAuthorization(value: string): SdkAuthorization | undefined {
  const m = /^(\S+)\s+(.+)$/.exec(value.trim());
  if (!m) return undefined;
  const fields = new Map<string, string>();
  for (const part of (m[2] ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const access = fields.get('Access');
  const signed = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!access || !signed || !signature) return undefined;
  return {
    algorithm: m[1] ?? '',
    access,
    signedHeaders: signed.split(';').map((h) => h.trim().toLowerCase()),
    signature,
  };
}

/** Epoch milliseconds of an X-Sdk-Date value; undefined when not `YYYYMMDDTHHMMSSZ`. */
export function parseSdkDate(value: string): number | undefined {
  const m = SDK_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const ms = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
  const back = new Date(ms);
  // Reject dates like 20260231 that Date.UTC would roll over.
  if (back.getUTCMonth() !== (mo ?? 1) - 1 || back.getUTCDate() !== d) return undefined;
  return ms;
}
