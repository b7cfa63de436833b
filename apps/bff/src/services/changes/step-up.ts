import { eq } from 'drizzle-orm';
import { ErrorCode } from '@portico/contracts/errors';
import type { Db } from '../../db/database.ts';
import { sessions, users } from '../../db/schema.ts';
import { AppError, keyedFields } from '../../errors.ts';
import { porticoTarget, type Actor, type AuditLog } from '../audit/audit-log.ts';
import { verifyPassword } from '../auth/passwords.ts';
import type { UserStore } from '../auth/user-store.ts';

/** A fresh sign-in inside a session: the password typed again, recorded on the session and in the log. */
export class StepUpService {
  constructor(
    private readonly db: Db,
    private readonly users: UserStore,
    private readonly audit: AuditLog,
  ) {}

  async confirm(actor: Actor & { id: string }, tokenHash: string, password: string): Promise<Date> {
    const user = await this.users.byId(actor.id);
    if (user && !user.passwordHash) {
      throw new AppError(ErrorCode.conflict, 'You sign in through your identity provider: sign out and in again, then approve within a few minutes.', 409);
    }
    const target = porticoTarget('StepUp', 'session', actor.name);
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
      await this.audit.record(actor, target, { result: 'failed', error: 'wrong password' });
      throw new AppError(ErrorCode.validation, 'The password is wrong.', 400, keyedFields({ password: { key: 'notYourPassword' } }));
    }
    const at = new Date();
    await this.db.update(sessions).set({ stepUpAt: at }).where(eq(sessions.tokenHash, tokenHash));
    await this.audit.record(actor, target, { result: 'succeeded' });
    return at;
  }

  /**
   * The session's last password typed again. Someone who signs in through the identity provider
   * has no password here: their session's own start counts (sign in again to approve).
   */
  async lastFor(tokenHash: string): Promise<Date | undefined> {
    const [row] = await this.db
      .select({ stepUpAt: sessions.stepUpAt, createdAt: sessions.createdAt, passwordHash: users.passwordHash })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash));
    if (!row) return undefined;
    return row.stepUpAt ?? (row.passwordHash ? undefined : row.createdAt);
  }
}
