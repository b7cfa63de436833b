import * as oidc from 'openid-client';
import type { Claims } from './claims.ts';
import type { OidcSettings } from './oidc-settings.ts';

/** The checks the callback must pass: the stored state, nonce and PKCE verifier. */
export interface CallbackChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Why the provider's answer was not accepted, in words fit for the audit log (no codes or tokens). */
export class ProviderAnswerError extends Error {
  override name = 'ProviderAnswerError';
  constructor(
    message: string,
    /** The provider could not be reached, as opposed to an answer that did not check out. */
    readonly unreachable: boolean,
  ) {
    super(message);
  }
}

const PROVIDER_TIMEOUT_S = 10;

/** The ID token claim a failed comparison names (nonce, iss, aud…), somewhere in the error's causes. */
function claimOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { claim, cause } = current as { claim?: unknown; cause?: unknown };
    if (typeof claim === 'string' && /^[a-z_]{1,30}$/.test(claim)) return claim;
    current = cause;
  }
  return undefined;
}

function describe(error: unknown): ProviderAnswerError {
  if (error instanceof ProviderAnswerError) return error;
  // fetch failures and timeouts: nothing was answered.
  if (error instanceof TypeError || (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
    return new ProviderAnswerError('the provider could not be reached', true);
  }
  if (error instanceof oidc.ResponseBodyError) return new ProviderAnswerError(`the provider refused the code (${error.error})`, false);
  // openid-client's own checks (nonce, issuer, audience, signature): its code says which kind, the claim which one.
  const code = error instanceof oidc.ClientError ? (error.code ?? 'unknown') : 'unknown';
  const claim = claimOf(error);
  const what = error instanceof Error ? error.message.replace(/[^\w "().,:-]/g, '').slice(0, 160) : 'unknown';
  return new ProviderAnswerError(`the provider's answer did not check out (${code}${claim ? `, claim ${claim}` : ''}: ${what})`, false);
}

/**
 * The one place that speaks OpenID Connect (through openid-client): discovery, the
 * authorization URL with PKCE and nonce, the code exchange with every check, and userinfo.
 * Discovery happens at the first sign-in and is kept; a failed one is tried again next time.
 */
export class ProviderClient {
  #config: Promise<oidc.Configuration> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  private configuration(): Promise<oidc.Configuration> {
    this.#config ??= this.discover().catch((error: unknown) => {
      this.#config = undefined;
      throw describe(error);
    });
    return this.#config;
  }

  private async discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    // Plain http passed the settings check only on loopback.
    const execute = issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
    const config = await oidc.discovery(issuer, clientId, undefined, oidc.ClientSecretBasic(clientSecret.reveal()), { execute, timeout: PROVIDER_TIMEOUT_S });
    config.timeout = PROVIDER_TIMEOUT_S;
    return config;
  }

  /**
   * Where to send the browser: code flow, S256 PKCE, state and nonce. A re-authentication asks
   * the provider to make the person sign in again (`max_age=0`, `prompt=login`), not reuse its session.
   */
  async authorizationUrl(redirectUri: string, checks: CallbackChecks, reauth = false): Promise<URL> {
    const config = await this.configuration();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      response_type: 'code',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      ...(reauth ? { max_age: '0', prompt: 'login' } : {}),
    });
  }

  /**
   * Exchanges the code (sending the PKCE verifier), checks the ID token (signature, issuer,
   * audience, expiry, nonce) and merges userinfo over its claims, the subject checked to match.
   */
  async claims(callbackUrl: URL, redirectUri: string, checks: CallbackChecks, maxAgeS?: number): Promise<Claims> {
    try {
      const config = await this.configuration();
      // openid-client takes the redirect URI from the URL it is given, so it must be the registered one.
      const current = new URL(redirectUri);
      current.search = callbackUrl.search;
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
        // A re-authentication: the ID token must carry an auth_time within this many seconds.
        ...(maxAgeS !== undefined ? { maxAge: maxAgeS } : {}),
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new ProviderAnswerError('the provider sent no ID token', false);
      const info = config.serverMetadata().userinfo_endpoint ? await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub) : {};
      return { ...idClaims, ...info, sub: idClaims.sub };
    } catch (error) {
      throw describe(error);
    }
  }
}
