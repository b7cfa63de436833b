import { timingSafeEqual } from 'node:crypto';
import type { AccessKeyRecord, AccessKeyStore } from '../../core/credentials.ts';
import { parseIsoUtc } from '../../core/time.ts';
import { RpcErrors } from './errors.ts';
import type { NonceCache } from './nonce-cache.ts';
import { v1Sign, v1StringToSign } from './signature-v1.ts';
import { ACS3_HMAC_SHA256, parseV3Authorization, sha256Hex, v3CanonicalRequest, v3Sign, v3StringToSign } from './signature-v3.ts';
import type { RpcWireRequest } from './wire.ts';

/** V3: ACS3-HMAC-SHA256 in the Authorization header; V1: HMAC-SHA1 "1.0" in the parameters. */
export type SignatureStyle = 'v3' | 'v1';

export function signatureStyle(wire: RpcWireRequest): SignatureStyle {
  return wire.header('authorization') !== undefined ? 'v3' : 'v1';
}

/** The common headers a V3 request must sign (all of them, when present, per the V3 documentation). */
const V3_REQUIRED_SIGNED = ['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version'];

function sameText(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/**
 * Checks a request's signature against the configured AccessKey pairs, in the
 * order the cloud does: the key, the date (15 minutes either way), the
 * signature, then the nonce (remembered 15 minutes).
 */
export class RpcAuthenticator {
  constructor(
    private readonly keys: AccessKeyStore,
    private readonly nonces: NonceCache,
    private readonly maxSkewMs = 15 * 60 * 1000,
  ) {}

  authenticate(wire: RpcWireRequest, style: SignatureStyle, now: number): AccessKeyRecord {
    return style === 'v3' ? this.authenticateV3(wire, now) : this.authenticateV1(wire, now);
  }

  private authenticateV3(wire: RpcWireRequest, now: number): AccessKeyRecord {
    const auth = parseV3Authorization(wire.header('authorization') ?? '');
    if (!auth) throw RpcErrors.incompleteSignature('The Authorization header is malformed.');
    if (auth.algorithm !== ACS3_HMAC_SHA256) throw RpcErrors.invalidSignatureMethod();
    for (const name of V3_REQUIRED_SIGNED) {
      if (wire.header(name) === undefined) throw RpcErrors.incompleteSignature(`The ${name} header is missing.`);
      if (!auth.signedHeaders.includes(name)) throw RpcErrors.incompleteSignature(`The ${name} header must be signed.`);
    }
    const key = this.findKey(auth.accessKeyId);
    this.checkDate(wire.header('x-acs-date') ?? '', now);
    const declaredHash = wire.header('x-acs-content-sha256') ?? '';
    const stringToSign = v3StringToSign(
      v3CanonicalRequest({
        method: wire.method,
        rawPath: wire.rawPath,
        query: wire.query,
        headerValues: (name) => wire.headerValues(name),
        signedHeaders: auth.signedHeaders,
        hashedPayload: declaredHash,
      }),
    );
    if (!sameText(v3Sign(stringToSign, key.secret), auth.signature.toLowerCase())) {
      throw RpcErrors.signatureDoesNotMatch(stringToSign);
    }
    if (declaredHash.toLowerCase() !== sha256Hex(wire.body)) throw RpcErrors.contentHashDoesNotMatch();
    this.checkNonce(key.id, wire.header('x-acs-signature-nonce') ?? '', now);
    return key;
  }

  private authenticateV1(wire: RpcWireRequest, now: number): AccessKeyRecord {
    const p = wire.params;
    const required = (name: string): string => {
      const v = p.get(name);
      if (v === undefined || v === '') throw RpcErrors.missingParameter(name);
      return v;
    };
    const accessKeyId = required('AccessKeyId');
    const signature = required('Signature');
    if (required('SignatureMethod') !== 'HMAC-SHA1') throw RpcErrors.invalidSignatureMethod();
    if (required('SignatureVersion') !== '1.0') throw RpcErrors.invalidSignatureVersion();
    const nonce = required('SignatureNonce');
    const timestamp = required('Timestamp');
    const key = this.findKey(accessKeyId);
    this.checkDate(timestamp, now);
    const stringToSign = v1StringToSign(wire.method, p);
    if (!sameText(v1Sign(stringToSign, key.secret), signature)) throw RpcErrors.signatureDoesNotMatch(stringToSign);
    this.checkNonce(key.id, nonce, now);
    return key;
  }

  private findKey(id: string): AccessKeyRecord {
    const key = this.keys.find(id);
    if (!key) throw RpcErrors.accessKeyNotFound();
    return key;
  }

  private checkDate(value: string, now: number): void {
    const at = parseIsoUtc(value);
    if (at === undefined) throw RpcErrors.timestampFormat();
    if (Math.abs(now - at) > this.maxSkewMs) throw RpcErrors.timestampExpired();
  }

  private checkNonce(accessKeyId: string, nonce: string, now: number): void {
    if (!this.nonces.remember(accessKeyId, nonce, now)) throw RpcErrors.nonceUsed();
  }
}
