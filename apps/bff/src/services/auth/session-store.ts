import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { sessions, users } from '../../db/schema.ts';
import type { UserRow } from './user-store.ts';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
  /** lastSeenAt is written at most this often, so reads do not each cost a write. */
  touchEveryMs: number;
}

export const defaultSessionPolicy: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000, touchEveryMs: 60_000 };

export interface ActiveSession {
  tokenHash: string;
  user: UserRow;
  csrfToken: string;
  expiresAt: Date;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

/** Sessions in the database, so a restart keeps people signed in and every instance shares them. */
export class SessionStore {
  constructor(
    private readonly db: Db,
    readonly policy: SessionPolicy = defaultSessionPolicy,
  ) {}

  /** A brand-new id at every sign-in: a session fixed before sign-in is never promoted. */
  async create(userId: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.policy.absoluteMs);
    await this.db.insert(sessions).values({ tokenHash: sha256(token), userId, csrfToken, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  /** The live session for a cookie, or undefined when it is unknown, idle too long, past its end or its user is disabled. */
  async find(token: string): Promise<ActiveSession | undefined> {
    const tokenHash = sha256(token);
    const now = Date.now();
    const [row] = await this.db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash));
    if (!row) return undefined;
    const { session, user } = row;
    const idleFor = now - session.lastSeenAt.getTime();
    if (session.expiresAt.getTime() <= now || idleFor > this.policy.idleMs || user.disabled) {
      await this.destroyHash(tokenHash);
      return undefined;
    }
    if (idleFor > this.policy.touchEveryMs) {
      await this.db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.tokenHash, tokenHash));
    }
    return { tokenHash, user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  destroy(token: string): Promise<void> {
    return this.destroyHash(sha256(token));
  }

  async destroyHash(tokenHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  }

  /** Ends every session of a person (disabled, or password changed). */
  async destroyForUser(userId: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.userId, userId));
  }

  async purgeExpired(): Promise<void> {
    const idleCutoff = new Date(Date.now() - this.policy.idleMs);
    await this.db.delete(sessions).where(or(lt(sessions.expiresAt, new Date()), lt(sessions.lastSeenAt, idleCutoff)));
  }

  /** For tests and the admin view: how many live sessions a person has. */
  async countForUser(userId: string): Promise<number> {
    const rows = await this.db
      .select({ h: sessions.tokenHash })
      .from(sessions)
      .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())));
    return rows.length;
  }
}
