import { randomBytes } from 'node:crypto';
import { tokenHash as hashToken } from './token-hash.ts';
import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { sessions, users } from '../../db/schema.ts';
import { SessionCache } from './session-cache.ts';
import type { UserRow } from './user-store.ts';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
  /** lastSeenAt is written at most this often, so reads do not each cost a write. */
  touchEveryMs: number;
  /** A session read from the database is reused for this long (0: read it at every request). */
  cacheMs: number;
}

export const defaultSessionPolicy: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000, touchEveryMs: 60_000, cacheMs: 5_000 };

/** What one instance tells the others when a session ends or a person's sessions change. */
export type SessionNotice = { tokenHash: string } | { userId: string };

interface StoredSession {
  userId: string;
  session: typeof sessions.$inferSelect;
  user: UserRow;
}

export interface ActiveSession {
  tokenHash: string;
  user: UserRow;
  csrfToken: string;
  expiresAt: Date;
}

const newToken = () => randomBytes(32).toString('base64url');

/** Sessions in the database, so a restart keeps people signed in and every instance shares them. */
export class SessionStore {
  readonly #cache: SessionCache<StoredSession>;
  /** Tells the other instances (set when several share the database). */
  announce: (notice: SessionNotice) => Promise<void> = async () => undefined;

  constructor(
    private readonly db: Db,
    readonly policy: SessionPolicy = defaultSessionPolicy,
  ) {
    this.#cache = new SessionCache(policy.cacheMs);
  }

  readonly #listeners = new Set<(notice: SessionNotice) => void>();

  /** Another instance ended a session or changed a person: drop what this one remembers. */
  hear(notice: SessionNotice): void {
    if ('tokenHash' in notice) this.#cache.forgetSession(notice.tokenHash);
    else this.#cache.forgetUser(notice.userId);
    for (const listener of this.#listeners) listener(notice);
  }

  /**
   * Told of every session that ended and every person whose sessions changed, here or on
   * another instance (open event streams close with their session). Returns the way to stop.
   */
  onNotice(listener: (notice: SessionNotice) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Whether a session still stands (read from the database, not the cache). */
  async isLive(tokenHash: string): Promise<boolean> {
    const now = Date.now();
    const stored = await this.load(tokenHash, now);
    if (!stored) return false;
    return stored.session.expiresAt.getTime() > now && now - stored.session.lastSeenAt.getTime() <= this.policy.idleMs && !stored.user.disabled;
  }

  /** Notices may have been missed (the listening connection dropped): remember nothing. */
  forgetAll(): void {
    this.#cache.clear();
  }

  /** The person changed (role, name): their sessions are read afresh, here and elsewhere. */
  async userChanged(userId: string): Promise<void> {
    this.hear({ userId });
    await this.announce({ userId });
  }

  /** A brand-new id at every sign-in: a session fixed before sign-in is never promoted. */
  async create(userId: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.policy.absoluteMs);
    await this.db.insert(sessions).values({ tokenHash: hashToken(token), userId, csrfToken, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  /** The live session for a cookie, or undefined when it is unknown, idle too long, past its end or its user is disabled. */
  async find(token: string): Promise<ActiveSession | undefined> {
    const tokenHash = hashToken(token);
    const now = Date.now();
    const stored = this.#cache.get(tokenHash, now) ?? (await this.load(tokenHash, now));
    if (!stored) return undefined;
    const { session, user } = stored;
    const idleFor = now - session.lastSeenAt.getTime();
    if (session.expiresAt.getTime() <= now || idleFor > this.policy.idleMs || user.disabled) {
      await this.destroyHash(tokenHash);
      return undefined;
    }
    if (idleFor > this.policy.touchEveryMs) {
      await this.db
        .update(sessions)
        .set({ lastSeenAt: new Date(now) })
        .where(eq(sessions.tokenHash, tokenHash));
      session.lastSeenAt = new Date(now);
    }
    return { tokenHash, user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  private async load(tokenHash: string, now: number): Promise<StoredSession | undefined> {
    const [row] = await this.db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash));
    if (!row) return undefined;
    const stored = { userId: row.user.id, ...row };
    this.#cache.set(tokenHash, stored, now);
    return stored;
  }

  destroy(token: string): Promise<void> {
    return this.destroyHash(hashToken(token));
  }

  async destroyHash(tokenHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    // After the delete, so a read that raced it cannot leave the session behind.
    this.hear({ tokenHash });
    await this.announce({ tokenHash });
  }

  /** Ends every session of a person (disabled, or password changed). */
  async destroyForUser(userId: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.userId, userId));
    this.hear({ userId });
    await this.announce({ userId });
  }

  async purgeExpired(): Promise<void> {
    const idleCutoff = new Date(Date.now() - this.policy.idleMs);
    await this.db.delete(sessions).where(or(lt(sessions.expiresAt, new Date()), lt(sessions.lastSeenAt, idleCutoff)));
  }

  /**
   * A fresh sign-in at the identity provider inside this session (to approve a change): recorded
   * on the session when it is this person's. False when the session is gone or someone else's.
   */
  async markSteppedUp(tokenHash: string, userId: string, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(sessions)
      .set({ stepUpAt: at })
      .where(and(eq(sessions.tokenHash, tokenHash), eq(sessions.userId, userId)))
      .returning({ h: sessions.tokenHash });
    return rows.length > 0;
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
