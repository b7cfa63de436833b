import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Db } from '../../db/database.ts';
import { signInAttempts } from '../../db/schema.ts';

/**
 * express-rate-limit's counts in the database, so several instances share one budget of sign-in
 * attempts (an attacker gains nothing by spreading guesses across instances). One statement per
 * hit, atomic on PostgreSQL: a window past its end starts again at 1. The database's clock
 * decides, not each instance's.
 */
export class AttemptStore implements Store {
  readonly localKeys = false;
  #windowMs: number;

  constructor(
    private readonly db: Db,
    /** Keeps the keys of each limiter apart (by address, by account and address, by account). */
    readonly prefix: string,
    windowMs = 60_000,
  ) {
    this.#windowMs = windowMs;
  }

  init(options: Options): void {
    this.#windowMs = options.windowMs;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const window = sql`now() + make_interval(secs => ${this.#windowMs / 1000})`;
    const expired = sql`${signInAttempts.resetAt} <= now()`;
    const [row] = await this.db
      .insert(signInAttempts)
      .values({ key: this.prefix + key, hits: 1, resetAt: window })
      .onConflictDoUpdate({
        target: signInAttempts.key,
        set: {
          hits: sql`case when ${expired} then 1 else ${signInAttempts.hits} + 1 end`,
          resetAt: sql`case when ${expired} then excluded.reset_at else ${signInAttempts.resetAt} end`,
        },
      })
      .returning({ hits: signInAttempts.hits, resetAt: signInAttempts.resetAt });
    return { totalHits: row!.hits, resetTime: row!.resetAt };
  }

  /** The count in the current window, without counting this look. */
  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const [row] = await this.db
      .select({ hits: signInAttempts.hits, resetAt: signInAttempts.resetAt })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.key, this.prefix + key), gt(signInAttempts.resetAt, sql`now()`)));
    return row ? { totalHits: row.hits, resetTime: row.resetAt } : undefined;
  }

  async decrement(key: string): Promise<void> {
    await this.db
      .update(signInAttempts)
      .set({ hits: sql`greatest(${signInAttempts.hits} - 1, 0)` })
      .where(eq(signInAttempts.key, this.prefix + key));
  }

  async resetKey(key: string): Promise<void> {
    await this.db.delete(signInAttempts).where(eq(signInAttempts.key, this.prefix + key));
  }

  /** Windows that have ended are only history. */
  static async purgeExpired(db: Db): Promise<void> {
    await db.delete(signInAttempts).where(lt(signInAttempts.resetAt, sql`now()`));
  }
}
