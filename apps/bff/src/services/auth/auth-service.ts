import { randomBytes } from 'node:crypto';
import { ErrorCode } from '@portico/contracts/errors';
import { NewPassword, type ChangePassword, type CreateUser, type SessionInfo, type SessionUser, type UpdateUser, type User } from '@portico/contracts/auth';
import type { UpdateSessionPreferences } from '@portico/contracts/locale';
import { AppError, keyedFields } from '../../errors.ts';
import { porticoTarget, type Actor, type AuditLog, type AuditTarget } from '../audit/audit-log.ts';
import { audited } from '../audit/audited.ts';
import { decoyHash, hashPassword, verifyPassword } from './passwords.ts';
import type { SessionStore } from './session-store.ts';
import type { SignInSettingsStore } from './sign-in-settings.ts';
import { toSessionUser, toUser, type UserStore } from './user-store.ts';
import type { EffectiveGrant } from '@portico/contracts/grants';
import type { AccessService } from '../access/access-service.ts';

/** What the BFF knows of a signed-in request, as far as this service needs it. */
export interface SignedIn {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
  expiresAt: Date;
  passwordChangeRequired: boolean;
}

/** A PORTICO_ADMIN_PASSWORD that breaks the password rule stops the start with this message. */
export class AdminPasswordError extends Error {
  override name = 'AdminPasswordError';
}

const sessionTarget = (operation: string, username: string): AuditTarget => porticoTarget(operation, 'session', username);

const wrongCredentials = () => new AppError(ErrorCode.unauthenticated, 'Wrong username or password.', 401);

const userTarget = (operation: string, username: string): AuditTarget => porticoTarget(operation, 'user', username);

/** What the audit log keeps of a person: never a password or its hash. */
const auditView = (user: Pick<User, 'username' | 'displayName' | 'role' | 'disabled'>) => ({
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  disabled: user.disabled,
});

export class AuthService {
  constructor(
    private readonly users: UserStore,
    readonly sessions: SessionStore,
    private readonly audit: AuditLog,
    readonly signInSettings: SignInSettingsStore,
    private readonly access: AccessService,
  ) {}

  /**
   * Same answer and about the same time for an unknown user, a wrong password and a disabled
   * account. Both outcomes are audited with the client's address.
   */
  async signIn(username: string, password: string, address?: string): Promise<{ token: string; info: SessionInfo }> {
    const user = await this.users.byUsername(username);
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok || user.disabled) {
      await this.recordFailedSignIn(username, address, user?.disabled ? 'account disabled' : 'wrong username or password');
      throw wrongCredentials();
    }
    // Checked after the password, so only the account's owner learns that SSO is required.
    if (user.role !== 'admin' && (await this.signInSettings.requireSso())) {
      await this.recordFailedSignIn(username, address, 'SSO required: password sign-in is for admins only');
      throw new AppError(ErrorCode.ssoRequired, 'Sign in through your identity provider: an admin requires single sign-on for everyone but admins.', 403);
    }
    const session = await this.sessions.create(user.id);
    await this.audit.record({ id: user.id, name: user.username, address }, sessionTarget('SignIn', user.username), { result: 'succeeded' });
    const sessionUser: SessionUser = toSessionUser(user);
    const grants = await this.access.grantsFor({ username: user.username, groups: user.groups, role: sessionUser.role });
    return { token: session.token, info: this.info({ user: sessionUser, ...session, passwordChangeRequired: user.mustChangePassword }, grants) };
  }

  /**
   * A failed or refused sign-in. The name is kept only when it is an account's: people type
   * passwords into the username field, and those must not land in the audit log.
   */
  async recordFailedSignIn(username: string, address: string | undefined, reason: string): Promise<void> {
    const user = username ? await this.users.byUsername(username) : undefined;
    const name = user?.username ?? '(unknown account)';
    await this.audit.record({ ...(user ? { id: user.id } : {}), name, address }, sessionTarget('SignInFailed', name), { result: 'failed', error: reason });
  }

  async signOut(session: SignedIn, address?: string): Promise<void> {
    await this.sessions.destroyHash(session.tokenHash);
    await this.audit.record({ id: session.user.id, name: session.user.username, address }, sessionTarget('SignOut', session.user.username), { result: 'succeeded' });
  }

  /**
   * One's own password, proven with the current one. Every session of the person ends (a thief
   * holding one loses it) and this browser gets a new one.
   */
  async changePassword(session: SignedIn, change: ChangePassword, address?: string): Promise<{ token: string; info: SessionInfo }> {
    const actor = { id: session.user.id, name: session.user.username, address };
    const target = sessionTarget('ChangePassword', session.user.username);
    const user = await this.users.byId(session.user.id);
    if (user && !user.passwordHash) {
      throw new AppError(ErrorCode.conflict, 'You sign in through your identity provider; Portico keeps no password for you.', 409);
    }
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, change.currentPassword))) {
      await this.audit.record(actor, target, { result: 'failed', error: 'wrong current password' });
      throw new AppError(ErrorCode.validation, 'The current password is wrong.', 400, keyedFields({ currentPassword: { key: 'notCurrentPassword' } }));
    }
    await this.users.update(user.id, { passwordHash: await hashPassword(change.newPassword), mustChangePassword: false });
    await this.sessions.destroyForUser(user.id);
    const next = await this.sessions.create(user.id);
    await this.audit.record(actor, target, { result: 'succeeded' });
    const grants = await this.access.grantsFor({ username: user.username, groups: user.groups, role: session.user.role });
    return { token: next.token, info: this.info({ user: session.user, ...next, passwordChangeRequired: false }, grants) };
  }

  /**
   * One's own preferences (the console's language). Not audited: it changes nothing anyone else
   * sees. The person's other sessions read it afresh (here and on other instances).
   */
  async updatePreferences(session: SignedIn, preferences: UpdateSessionPreferences): Promise<SessionInfo> {
    const row = await this.users.update(session.user.id, { locale: preferences.locale });
    if (!row) throw new AppError(ErrorCode.unauthenticated, 'Your account no longer exists.', 401);
    await this.sessions.userChanged(row.id);
    const user = toSessionUser(row);
    return this.info({ ...session, user }, await this.access.grantsFor({ username: row.username, groups: row.groups, role: user.role }));
  }

  info(session: Pick<SignedIn, 'user' | 'csrfToken' | 'expiresAt' | 'passwordChangeRequired'>, grants: readonly EffectiveGrant[]): SessionInfo {
    return {
      user: session.user,
      grants: [...grants],
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
      idleTimeoutSeconds: Math.round(this.sessions.policy.idleMs / 1000),
      ...(session.passwordChangeRequired ? { passwordChangeRequired: true } : {}),
    };
  }

  /**
   * The first start has nobody to sign in: it creates an admin, with the password from the
   * environment or a generated one the caller prints once.
   */
  async ensureFirstAdmin(password: string | undefined): Promise<{ username: string; generatedPassword?: string } | undefined> {
    if ((await this.users.count()) > 0) return undefined;
    // The same rule as every other password.
    const rule = password === undefined ? undefined : NewPassword.safeParse(password);
    if (rule && !rule.success) throw new AdminPasswordError(`PORTICO_ADMIN_PASSWORD ${rule.error.issues[0]?.message ?? 'is not allowed'}.`);
    const chosen = password ?? randomBytes(15).toString('base64url');
    // A generated password was printed on a terminal: it must be changed at the first sign-in.
    await this.users.create({ username: 'admin', displayName: 'Administrator', role: 'admin', passwordHash: await hashPassword(chosen), mustChangePassword: !password });
    return password ? { username: 'admin' } : { username: 'admin', generatedPassword: chosen };
  }

  listUsers(): Promise<User[]> {
    return this.users.list();
  }

  async createUser(actor: Actor, input: CreateUser): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    const { user } = await audited(
      this.audit,
      actor,
      userTarget('CreateUser', input.username),
      { before: null, after: auditView({ ...input, disabled: false }) },
      async () => {
        const row = await this.users.create({ username: input.username, displayName: input.displayName, role: input.role, passwordHash });
        if (!row) throw new AppError(ErrorCode.conflict, `The username "${input.username}" is taken.`, 409, keyedFields({ username: { key: 'usernameTaken' } }));
        return { user: toUser(row) };
      },
    );
    return user;
  }

  async updateUser(actor: Actor, id: string, patch: UpdateUser): Promise<User> {
    const existing = await this.users.byId(id);
    if (!existing) throw new AppError(ErrorCode.notFound, 'No such person.', 404);
    if (actor.id === id && (patch.disabled === true || (patch.role && patch.role !== 'admin'))) {
      throw new AppError(ErrorCode.conflict, 'You cannot disable yourself or take away your own admin role.', 409);
    }
    if (existing.authSource === 'oidc' && (patch.password !== undefined || (patch.role && patch.role !== existing.role))) {
      throw new AppError(
        ErrorCode.conflict,
        `${existing.username} signs in through the identity provider: their role comes from their groups (OIDC_GROUP_ROLES) and they have no Portico password.`,
        409,
        {
          fields: patch.password !== undefined ? { password: 'SSO accounts have no password' } : { role: 'comes from their groups' },
        },
      );
    }
    const before = toUser(existing);
    const { password, ...rest } = patch;
    const passwordHash = password ? await hashPassword(password) : undefined;
    const after = { ...auditView(before), ...rest, ...(password ? { passwordChanged: true } : {}) };
    const { user } = await audited(this.audit, actor, userTarget('UpdateUser', existing.username), { before: auditView(before), after }, async () => {
      const row = await this.users.update(id, { ...rest, ...(passwordHash ? { passwordHash } : {}) });
      if (!row) throw new AppError(ErrorCode.notFound, 'No such person.', 404);
      // A disabled account or a new password ends every session the person had.
      if (patch.disabled || password) await this.sessions.destroyForUser(id);
      // A new role or name shows at the person's next request, not when a cached session expires.
      else await this.sessions.userChanged(id);
      return { user: toUser(row) };
    });
    return user;
  }
}
