import { randomBytes } from 'node:crypto';
import { ErrorCode } from '@portico/contracts/errors';
import type { CreateUser, SessionInfo, SessionUser, UpdateUser, User } from '@portico/contracts/auth';
import { AppError } from '../../errors.ts';
import type { Actor, AuditLog, AuditTarget } from '../audit/audit-log.ts';
import { audited } from '../audit/audited.ts';
import { decoyHash, hashPassword, verifyPassword } from './passwords.ts';
import type { SessionStore } from './session-store.ts';
import { toUser, type UserStore } from './user-store.ts';

const wrongCredentials = () => new AppError(ErrorCode.unauthenticated, 'Wrong username or password.', 401);

const userTarget = (operation: string, username: string): AuditTarget => ({
  cloud: 'portico',
  profile: '-',
  region: '-',
  operation,
  resourceType: 'user',
  target: username,
});

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
  ) {}

  /** Same answer and about the same time for an unknown user, a wrong password and a disabled account. */
  async signIn(username: string, password: string): Promise<{ token: string; info: SessionInfo }> {
    const user = await this.users.byUsername(username);
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok || user.disabled) throw wrongCredentials();
    const session = await this.sessions.create(user.id);
    const sessionUser: SessionUser = { id: user.id, username: user.username, displayName: user.displayName, role: toUser(user).role };
    return { token: session.token, info: this.info(sessionUser, session.csrfToken, session.expiresAt) };
  }

  info(user: SessionUser, csrfToken: string, expiresAt: Date): SessionInfo {
    return { user, csrfToken, expiresAt: expiresAt.toISOString(), idleTimeoutSeconds: Math.round(this.sessions.policy.idleMs / 1000) };
  }

  /**
   * The first start has nobody to sign in: it creates an admin, with the password from the
   * environment or a generated one the caller prints once.
   */
  async ensureFirstAdmin(password: string | undefined): Promise<{ username: string; generatedPassword?: string } | undefined> {
    if ((await this.users.count()) > 0) return undefined;
    const chosen = password ?? randomBytes(15).toString('base64url');
    await this.users.create({ username: 'admin', displayName: 'Administrator', role: 'admin', passwordHash: await hashPassword(chosen) });
    return password ? { username: 'admin' } : { username: 'admin', generatedPassword: chosen };
  }

  listUsers(): Promise<User[]> {
    return this.users.list();
  }

  async createUser(actor: Actor, input: CreateUser): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    const { user } = await audited(this.audit, actor, userTarget('CreateUser', input.username), { before: null, after: auditView({ ...input, disabled: false }) }, async () => {
      const row = await this.users.create({ username: input.username, displayName: input.displayName, role: input.role, passwordHash });
      if (!row) throw new AppError(ErrorCode.conflict, `The username "${input.username}" is taken.`, 409, { fields: { username: 'is taken' } });
      return { user: toUser(row) };
    });
    return user;
  }

  async updateUser(actor: Actor, id: string, patch: UpdateUser): Promise<User> {
    const existing = await this.users.byId(id);
    if (!existing) throw new AppError(ErrorCode.notFound, 'No such person.', 404);
    if (actor.id === id && (patch.disabled === true || (patch.role && patch.role !== 'admin'))) {
      throw new AppError(ErrorCode.conflict, 'You cannot disable yourself or take away your own admin role.', 409);
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
