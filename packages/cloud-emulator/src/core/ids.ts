import { createHash, randomUUID } from 'node:crypto';

/** Lowercase hex digest of a seed string: deterministic ids for seeded state. */
export function hashHex(seed: string, length = 32): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Deterministic lowercase letters and digits, as in `vpc-bp1…` or `i-bp1…` ids. */
export function hashAlphanumeric(seed: string, length: number): string {
  const bytes = createHash('sha256').update(seed).digest();
  let out = '';
  for (let i = 0; i < length; i++) {
    const byte = bytes[i % bytes.length] ?? 0;
    out += ALPHANUMERIC[(byte + i * 7) % ALPHANUMERIC.length];
  }
  return out;
}

/** A request id as the cloud writes it: an uppercase UUID. */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

/** A 32-character lowercase hex id (resource ids, operation ids). */
export function newHexId(): string {
  return randomUUID().replaceAll('-', '');
}
