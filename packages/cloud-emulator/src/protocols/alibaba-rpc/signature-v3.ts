import { createHash, createHmac } from 'node:crypto';
import { percentEncode } from './percent-encode.ts';

/**
 * ACS3-HMAC-SHA256 (signature V3), as the official SDK computes it:
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n
 *                      CanonicalHeaders \n SignedHeaders \n HashedRequestPayload
 *   StringToSign     = "ACS3-HMAC-SHA256" \n hex(sha256(CanonicalRequest))
 *   Signature        = hex(HMAC-SHA256(AccessKeySecret, StringToSign))
 */
export const ACS3_HMAC_SHA256 = 'ACS3-HMAC-SHA256';

export interface V3Authorization {
  readonly algorithm: string;
  readonly accessKeyId: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** Parses `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=a;b,Signature=…`; undefined when malformed. */
export function parseV3Authorization(header: string): V3Authorization | undefined {
  const space = header.indexOf(' ');
  if (space <= 0) return undefined;
  const algorithm = header.slice(0, space);
  const fields = new Map<string, string>();
  for (const part of header.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature) return undefined;
  return {
    algorithm,
    accessKeyId,
    signedHeaders: signedHeaders
      .split(';')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== ''),
    signature,
  };
}

export interface V3CanonicalInput {
  readonly method: string;
  /** The request path as received (without the query string). */
  readonly rawPath: string;
  /** Query parameters, decoded. */
  readonly query: Iterable<readonly [string, string]>;
  /** Values of a header by lowercase name (every occurrence). */
  readonly headerValues: (name: string) => readonly string[];
  readonly signedHeaders: readonly string[];
  readonly hashedPayload: string;
}

export function v3CanonicalRequest(input: V3CanonicalInput): string {
  const canonicalUri = (input.rawPath || '/').replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
  const pairs: [string, string][] = [];
  for (const [k, v] of input.query) pairs.push([k, v]);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const canonicalQuery = pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  const names = [...input.signedHeaders].sort();
  let canonicalHeaders = '';
  for (const name of names) {
    const values = input
      .headerValues(name)
      .map((v) => v.trim())
      .sort();
    canonicalHeaders += `${name}:${values.join(',')}\n`;
  }
  return [input.method, canonicalUri, canonicalQuery, canonicalHeaders, names.join(';'), input.hashedPayload].join('\n');
}

export function v3StringToSign(canonicalRequest: string): string {
  return `${ACS3_HMAC_SHA256}\n${createHash('sha256').update(canonicalRequest, 'utf8').digest('hex')}`;
}

export function v3Sign(stringToSign: string, secret: string): string {
  return createHmac('sha256', secret).update(stringToSign, 'utf8').digest('hex');
}

export function sha256Hex(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}
