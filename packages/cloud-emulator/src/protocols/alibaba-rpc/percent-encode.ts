/**
 * Alibaba's percent-encoding (RFC 3986): everything but A-Z a-z 0-9 - _ . ~ is
 * escaped in UTF-8 with uppercase hex, so a space is %20, `*` is %2A and `~`
 * stays as it is. The same rule serves V1 (HMAC-SHA1) and V3 (ACS3) signing.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
