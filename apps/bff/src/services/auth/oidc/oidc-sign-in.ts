import type { AccessService } from '../../access/access-service.ts';
import type { UserRole } from '@portico/contracts/auth';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { REAUTH_MAX_AGE_S, type OidcSignInError } from '@portico/contracts/sso';
import { porticoTarget, type Actor, type AuditLog, type AuditTarget } from '../../audit/audit-log.ts';
import { audited } from '../../audit/audited.ts';
import type { SessionStore } from '../session-store.ts';
import type { UserRow, UserStore } from '../user-store.ts';
import { displayNameFrom, groupsFrom, roleForGroups, usernameFrom, type Claims, type ProviderIdentity } from './claims.ts';
import type { LoginStore, PendingLogin } from './login-store.ts';
import type { OidcSettings } from './oidc-settings.ts';
import { ProviderAnswerError, type ProviderClient } from './provider-client.ts';

/** A provider sign-in that ends on the sign-in page with a code; the reason goes to the audit log only. */
export class OidcSignInFailure extends Error {
  override name = 'OidcSignInFailure';
  constructor(
    readonly code: OidcSignInError,
    readonly reason: string,
    /** The Portico username, once the provider has vouched for one. */
    readonly username?: string,
    readonly userId?: string,
  ) {
    super(reason);
  }

  /** A failed re-authentication goes back to the page that asked for it (the person is still signed in). */
  reauthReturnTo?: string;
}

const fail = (code: OidcSignInError, reason: string, user?: { username: string; id?: string }): never => {
  throw new OidcSignInFailure(code, reason, user?.username, user?.id);
};

const target = (operation: string, resourceType: 'session' | 'user', name: string): AuditTarget => porticoTarget(operation, resourceType, name);

const random = () => randomBytes(32).toString('base64url');

const sameText = (expected: string, given: string | null) => {
  if (given === null) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Only the provider's error code, and only when it looks like one (it is attacker-supplied text). */
const providerCode = (value: string) => (/^[a-z_]{1,40}$/.test(value) ? value : 'an unrecognised error');

/** What the audit log keeps of an SSO person's access. */
const accessView = (u: { username: string; displayName: string; role: string; groups: string[] }) => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  groups: u.groups,
  source: 'oidc',
});

export interface FinishedSignIn {
  /** The new session's token; none after a re-authentication (the session stays, its step-up is recorded). */
  token?: string | undefined;
  returnTo: string;
}

/**
 * Authorization Code flow with PKCE: `begin` stores state, nonce and verifier and names the
 * provider's URL; `finish` checks the answer, creates or refreshes the person (just in time,
 * role from their groups) and opens a session exactly as a password sign-in does.
 */
export class OidcSignIn {
  constructor(
    private readonly settings: OidcSettings,
    private readonly provider: ProviderClient,
    private readonly logins: LoginStore,
    private readonly users: UserStore,
    private readonly sessions: SessionStore,
    private readonly audit: AuditLog,
    private readonly access: AccessService,
  ) {}

  get name(): string {
    return this.settings.name;
  }

  /** Returns the binding token for the browser's cookie and where to send the browser. */
  async begin(redirectUri: string, returnTo: string, reauthSession?: string): Promise<{ binding: string; url: URL }> {
    const checks = { state: random(), nonce: random(), codeVerifier: random() };
    const url = await this.provider.authorizationUrl(redirectUri, checks, reauthSession !== undefined).catch((error: unknown) => {
      throw new OidcSignInFailure('provider_unavailable', error instanceof Error ? error.message : 'discovery failed');
    });
    const binding = await this.logins.save({ ...checks, returnTo, reauthSession });
    return { binding, url };
  }

  /** Every outcome is audited: SignIn, or SignInFailed with the reason (never a code or token). */
  async finish(binding: string | undefined, callbackUrl: URL, redirectUri: string, address: string | undefined): Promise<FinishedSignIn> {
    try {
      return await this.complete(binding, callbackUrl, redirectUri, address);
    } catch (error) {
      if (!(error instanceof OidcSignInFailure)) throw error;
      const name = error.username ?? '(unknown account)';
      await this.audit.record({ ...(error.userId ? { id: error.userId } : {}), name, address }, target('SignInFailed', 'session', name), {
        result: 'failed',
        error: `single sign-on: ${error.reason}`,
      });
      throw error;
    }
  }

  private async complete(binding: string | undefined, callbackUrl: URL, redirectUri: string, address: string | undefined): Promise<FinishedSignIn> {
    // Used up first, whatever happens next: a callback is never accepted twice.
    const login = binding ? await this.logins.take(binding) : undefined;
    try {
      return await this.answer(login, callbackUrl, redirectUri, address);
    } catch (error) {
      if (error instanceof OidcSignInFailure && login?.reauthSession) error.reauthReturnTo = login.returnTo;
      throw error;
    }
  }

  private async answer(login: PendingLogin | undefined, callbackUrl: URL, redirectUri: string, address: string | undefined): Promise<FinishedSignIn> {
    const params = callbackUrl.searchParams;
    const error = params.get('error');
    if (error === 'access_denied') fail('cancelled', 'the person cancelled at the provider');
    if (error) fail('provider_error', `the provider answered ${providerCode(error)}`);
    if (!login) return fail('expired', 'no sign-in was started in this browser, or it expired');
    if (login.reauthSession) return this.reauthenticate({ ...login, reauthSession: login.reauthSession }, callbackUrl, redirectUri, address);
    const claims = await this.checkedClaims(login, callbackUrl, redirectUri);
    const user = await this.provision(this.identityFrom(claims), address);
    const session = await this.sessions.create(user.id);
    await this.audit.record({ id: user.id, name: user.username, address }, target('SignIn', 'session', user.username), {
      result: 'succeeded',
      after: { via: 'oidc', groups: user.groups },
    });
    return { token: session.token, returnTo: login.returnTo };
  }

  /** The state, then the code exchange with every check (and auth_time's age when re-authenticating). */
  private async checkedClaims(login: PendingLogin, callbackUrl: URL, redirectUri: string): Promise<Claims> {
    const params = callbackUrl.searchParams;
    if (!sameText(login.state, params.get('state'))) fail('state_mismatch', 'the state does not match the one this browser sent');
    const maxAge = login.reauthSession ? REAUTH_MAX_AGE_S : undefined;
    return this.provider.claims(callbackUrl, redirectUri, login, maxAge).catch((e: unknown) => {
      const answer = e instanceof ProviderAnswerError ? e : new ProviderAnswerError('the provider call failed', false);
      return fail(answer.unreachable ? 'provider_unavailable' : 'invalid_response', answer.message);
    });
  }

  /** A re-authentication: the same person signed in again just now, recorded on their session and audited. */
  private async reauthenticate(login: PendingLogin & { reauthSession: string }, callbackUrl: URL, redirectUri: string, address: string | undefined): Promise<FinishedSignIn> {
    const claims = await this.checkedClaims(login, callbackUrl, redirectUri);
    const sessionHash = login.reauthSession;
    const returnTo = login.returnTo;
    const identity = this.identityFrom(claims);
    const user = await this.users.bySubject(identity.subject);
    const at = typeof claims.auth_time === 'number' ? new Date(claims.auth_time * 1000) : new Date();
    if (!user || user.disabled || !(await this.sessions.markSteppedUp(sessionHash, user.id, at))) {
      return fail('reauth_mismatch', `signed in again as ${identity.username}, who is not the person of this session`, { username: identity.username });
    }
    await this.audit.record({ id: user.id, name: user.username, address }, target('StepUp', 'session', user.username), { result: 'succeeded', after: { via: 'oidc' } });
    return { returnTo };
  }

  private identityFrom(claims: Claims): ProviderIdentity {
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    const username = usernameFrom(claims, this.settings.usernameClaim);
    if (!username) return fail('no_username', `the provider sent no ${this.settings.usernameClaim} or email that fits a Portico username`);
    return { subject, username, displayName: displayNameFrom(claims, username), groups: groupsFrom(claims, this.settings.groupsClaim) };
  }

  /** The person by their subject: created at the first sign-in, refreshed (name, groups, role) at every one. */
  private async provision(identity: ProviderIdentity, address: string | undefined): Promise<UserRow> {
    const role = await this.roleFor(identity);
    const existing = await this.users.bySubject(identity.subject);
    if (existing) return this.refresh(existing, identity, role, address);
    const actor: Actor = { name: identity.username, address };
    if (!role) return fail('no_access', `no role for the groups [${identity.groups.join(', ')}]`, identity);
    // Never linked by name: a provider user could pick "admin" as their preferred_username.
    const taken = () => fail('username_taken', `a Portico account named ${identity.username} already exists`, { username: identity.username });
    if (await this.users.byUsername(identity.username)) return taken();
    const { row } = await audited(
      this.audit,
      actor,
      target('CreateUser', 'user', identity.username),
      { before: null, after: accessView({ ...identity, role }) },
      async () => ({
        row: await this.users.createSso({ ...identity, role }),
      }),
    );
    return row ?? taken();
  }

  /**
   * The global role the groups map to (OIDC_GROUP_ROLES); `none` when they map to none but a
   * grant names the person or one of their groups; undefined when nothing gives them access.
   */
  private async roleFor(identity: ProviderIdentity): Promise<UserRole | undefined> {
    const role = roleForGroups(identity.groups, this.settings.groupRoles);
    if (role) return role;
    return (await this.access.hasAny({ username: identity.username, groups: identity.groups })) ? 'none' : undefined;
  }

  private async refresh(existing: UserRow, identity: ProviderIdentity, role: UserRole | undefined, address: string | undefined): Promise<UserRow> {
    const who = { username: existing.username, id: existing.id };
    if (existing.disabled) return fail('account_disabled', 'the account is disabled in Portico', who);
    const actor: Actor = { id: existing.id, name: existing.username, address };
    const changed = existing.displayName !== identity.displayName || existing.role !== (role ?? existing.role) || existing.groups.join('\n') !== identity.groups.join('\n');
    let row = existing;
    if (changed) {
      const after = { displayName: identity.displayName, groups: identity.groups, ...(role ? { role } : {}) };
      ({ row } = await audited(
        this.audit,
        actor,
        target('UpdateUser', 'user', existing.username),
        { before: accessView(existing), after: accessView({ ...existing, ...after }) },
        async () => ({
          row: (await this.users.update(existing.id, after)) ?? existing,
        }),
      ));
    }
    if (!role) {
      // The provider no longer gives them any access: their open sessions end too.
      await this.sessions.destroyForUser(existing.id);
      return fail('no_access', `no role for the groups [${identity.groups.join(', ')}]`, who);
    }
    if (changed) await this.sessions.userChanged(existing.id);
    return row;
  }
}
