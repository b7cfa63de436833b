import { timingSafeEqual } from 'node:crypto';
import type { AccessKeyStore } from '../../core/credentials.ts';
import { HuaweiGatewayErrors } from './errors.ts';
import { canonicalRequest, EMPTY_BODY_SHA256, parseAuthorization, parseSdkDate, SDK_HMAC_SHA256, sha256Hex, sign, stringToSign, UNSIGNED_PAYLOAD } from './signature.ts';
import type { RestWireRequest } from './wire.ts';

/** Who a request comes from, once authenticated. */
export interface HuaweiIdentity {
  /** The account (domain) id every configured key and token belongs to. */
  readonly domainId: string;
  readonly method: 'aksk' | 'token';
  /** The AK, for AK/SK requests. */
  readonly accessKeyId?: string;
}

function sameText(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/** The path with each segment decoded: a second reading for signers that sign the decoded path. */
function decodedPath(rawPath: string): string | undefined {
  try {
    return rawPath
      .split('/')
      .map((s) => decodeURIComponent(s))
      .join('/');
  } catch {
    return undefined;
  }
}

/**
 * Checks a request the way Huawei Cloud's gateway does: an `Authorization:
 * SDK-HMAC-SHA256 …` header (AK/SK) is verified against the configured pairs,
 * X-Sdk-Date must be signed and within 15 minutes of now, and a sent
 * X-Sdk-Content-Sha256 must match the body; without Authorization, an
 * X-Auth-Token must be one of the configured tokens. Every failure is
 * APIGW.0301 (401).
 */
export class HuaweiAuthenticator {
  private readonly tokens: ReadonlySet<string>;

  constructor(
    private readonly keys: AccessKeyStore,
    tokens: readonly string[],
    private readonly domainId: string,
    private readonly maxSkewMs = 15 * 60 * 1000,
  ) {
    this.tokens = new Set(tokens);
  }

  authenticate(wire: RestWireRequest, now: number): HuaweiIdentity {
    const authorization = wire.header('authorization');
    if (authorization !== undefined && authorization.trim() !== '') return this.akSk(wire, authorization, now);
    const token = wire.header('x-auth-token');
    if (token === undefined || token.trim() === '') throw HuaweiGatewayErrors.authentication('x-auth-token not found');
    if (!this.tokens.has(token.trim())) throw HuaweiGatewayErrors.authentication('decrypt token fail');
    return { domainId: this.domainId, method: 'token' };
  }

  private akSk(wire: RestWireRequest, header: string, now: number): HuaweiIdentity {
    const auth = parseAuthorization(header);
    if (!auth) throw HuaweiGatewayErrors.authentication('verify aksk signature fail, the Authorization header is malformed');
    if (auth.algorithm !== SDK_HMAC_SHA256) {
      throw HuaweiGatewayErrors.authentication(`verify aksk signature fail, unsupported signing algorithm ${auth.algorithm}`);
    }
    const key = this.keys.find(auth.access);
    if (!key) throw HuaweiGatewayErrors.authentication(`Get secretKey failed,ak:${auth.access},err:ak not exist`);

    const sdkDate = wire.header('x-sdk-date');
    if (sdkDate === undefined) throw HuaweiGatewayErrors.authentication('verify aksk signature fail, the X-Sdk-Date header is missing');
    if (!auth.signedHeaders.includes('x-sdk-date')) {
      throw HuaweiGatewayErrors.authentication('verify aksk signature fail, the X-Sdk-Date header must be signed');
    }
    const at = parseSdkDate(sdkDate);
    if (at === undefined) {
      throw HuaweiGatewayErrors.authentication('verify aksk signature fail, X-Sdk-Date must be YYYYMMDDTHHMMSSZ (UTC)');
    }
    if (Math.abs(now - at) > this.maxSkewMs) {
      throw HuaweiGatewayErrors.authentication('verify aksk signature fail, the X-Sdk-Date is more than 15 minutes away from the server time');
    }

    const declaredHash = wire.header('x-sdk-content-sha256');
    const bodyHash = wire.body.length === 0 ? EMPTY_BODY_SHA256 : sha256Hex(wire.body);
    const payloadHash = declaredHash ?? bodyHash;
    const paths = [wire.rawPath];
    const decoded = decodedPath(wire.rawPath);
    if (decoded !== undefined && decoded !== wire.rawPath) paths.push(decoded);
    let first: string | undefined;
    let matched = false;
    for (const rawPath of paths) {
      const canonical = canonicalRequest({
        method: wire.method,
        rawPath,
        rawQuery: wire.rawQuery,
        signedHeaders: auth.signedHeaders,
        headerValue: (name) => wire.header(name) ?? '',
        payloadHash,
      });
      first ??= canonical;
      if (sameText(sign(key.secret, stringToSign(sdkDate, canonical)), auth.signature.toLowerCase())) {
        matched = true;
        break;
      }
    }
    if (!matched) {
      throw HuaweiGatewayErrors.authentication(`verify aksk signature fail,canonicalRequest:${(first ?? '').replaceAll('\n', '|')}`);
    }
    if (declaredHash !== undefined && declaredHash !== UNSIGNED_PAYLOAD && declaredHash.toLowerCase() !== bodyHash) {
      throw HuaweiGatewayErrors.authentication('verify aksk signature fail, X-Sdk-Content-Sha256 does not match the body');
    }
    return { domainId: key.accountId, method: 'aksk', accessKeyId: key.id };
  }
}
