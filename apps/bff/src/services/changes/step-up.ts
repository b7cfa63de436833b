import { eq } from 'drizzle-orm';
import { ErrorCode } from '@portico/contracts/errors';
import type { Db } from '../../db/database.ts';
import { sessions } from '../../db/schema.ts';
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
      throw new AppError(
        ErrorCode.conflict,
        'You sign in through your identity provider: sign in there again (the console offers it), then approve within a few minutes.',
        409,
      );
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
   * The session's last fresh sign-in: the password typed again, or (someone who signs in through
   * the identity provider) a sign-in there again that the provider vouched for (`max_age=0`).
   * The session's own start never counts: the provider may have signed them in silently.
   */
  async lastFor(tokenHash: string): Promise<Date | undefined> {
    const [row] = await this.db.select({ stepUpAt: sessions.stepUpAt }).from(sessions).where(eq(sessions.tokenHash, tokenHash));
    return row?.stepUpAt ?? undefined;
  }
}
