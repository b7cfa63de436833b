import { randomBytes } from 'node:crypto';
import { tokenHash } from '../token-hash.ts';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { oidcLogins } from '../../../db/schema.ts';

/** What one started sign-in must find again when the provider sends the browser back. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  /** Set for a fresh sign-in inside a session (step-up): that session's token hash. */
  reauthSession?: string | undefined;
}

/** A sign-in has this long at the provider (typing a password, a second factor). */
export const LOGIN_TTL_MS = 10 * 60_000;

/**
 * Started sign-ins, in the database so that any instance can finish what another started (no
 * signing key to share, unlike a signed cookie). The browser keeps only a random binding token.
 */
export class LoginStore {
  constructor(private readonly db: Db) {}

  /** Returns the binding token for the browser's cookie. */
  async save(login: PendingLogin): Promise<string> {
    const binding = randomBytes(32).toString('base64url');
    const { reauthSession, ...rest } = login;
    await this.db
      .insert(oidcLogins)
      .values({ bindingHash: tokenHash(binding), ...rest, reauthSession: reauthSession ?? null, expiresAt: new Date(Date.now() + LOGIN_TTL_MS) });
    return binding;
  }

  /** The sign-in this browser started, used up at once (a replayed callback finds nothing). */
  async take(binding: string): Promise<PendingLogin | undefined> {
    const [row] = await this.db
      .delete(oidcLogins)
      .where(and(eq(oidcLogins.bindingHash, tokenHash(binding)), gt(oidcLogins.expiresAt, new Date())))
      .returning();
    return row && { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, returnTo: row.returnTo, reauthSession: row.reauthSession ?? undefined };
  }

  async purgeExpired(): Promise<void> {
    await this.db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, new Date()));
  }
}
