import { createHmac } from 'node:crypto';
import { percentEncode } from './percent-encode.ts';

/**
 * RPC signature version 1.0 (HMAC-SHA1), as Alibaba documents it:
 * StringToSign = METHOD & percentEncode("/") & percentEncode(canonicalized sorted parameters),
 * key = AccessKeySecret + "&", signature = base64(HMAC-SHA1).
 */
export function v1StringToSign(method: string, params: Iterable<readonly [string, string]>): string {
  const pairs: [string, string][] = [];
  for (const [k, v] of params) {
    if (k !== 'Signature') pairs.push([k, v]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const canonical = pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  return `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
}

export function v1Sign(stringToSign: string, secret: string): string {
  return createHmac('sha1', `${secret}&`).update(stringToSign, 'utf8').digest('base64');
}
