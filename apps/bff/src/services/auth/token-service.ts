import { randomBytes, randomUUID } from 'node:crypto';
import { tokenHash } from './token-hash.ts';
import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { ErrorCode } from '@portico/contracts/errors';
import { TOKEN_PREFIX, type ApiToken, type CreatedToken, type CreateToken, type TokenAccess } from '@portico/contracts/tokens';
import type { Db } from '../../db/database.ts';
import { apiTokens, users } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { porticoTarget, type Actor, type AuditLog, type AuditTarget } from '../audit/audit-log.ts';
import type { UserRow } from './user-store.ts';

const DAY_MS = 86_400_000;
/** last_used_at is written at most this often per token, so a busy script costs no write per call. */
const TOUCH_EVERY_MS = 60_000;

/** A token that was accepted: who it acts as and how far. */
export interface TokenIdentity {
  id: string;
  name: string;
  access: TokenAccess;
  user: UserRow;
  expiresAt: Date;
}

type TokenRow = typeof apiTokens.$inferSelect;

const tokenTarget = (operation: string, name: string): AuditTarget => porticoTarget(operation, 'api-token', name);

function toApiToken(row: TokenRow, owner: Pick<UserRow, 'id' | 'username'>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    access: row.access as TokenAccess,
    owner: { id: owner.id, username: owner.username },
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    ...(row.lastUsedAt ? { lastUsedAt: row.lastUsedAt.toISOString() } : {}),
  };
}

/** Personal API tokens: made, listed and revoked by their owner (or an admin), audited. */
export class TokenService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    /** Told when a token is revoked, so its open streams close (on every instance). */
    private readonly onRevoked: (tokenKey: string) => Promise<void> = async () => undefined,
  ) {}

  async create(actor: Actor & { id: string }, input: CreateToken): Promise<CreatedToken> {
    const value = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const row: TokenRow = {
      id: randomUUID(),
      userId: actor.id,
      name: input.name,
      tokenHash: tokenHash(value),
      access: input.access ?? 'full',
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
      lastUsedAt: null,
    };
    await this.db.insert(apiTokens).values(row);
    await this.audit.record(actor, tokenTarget('CreateToken', input.name), {
      result: 'succeeded',
      after: { name: row.name, access: row.access, expiresAt: row.expiresAt.toISOString() },
    });
    return { ...toApiToken(row, { id: actor.id, username: actor.name }), token: value };
  }

  /** One's own tokens, or everyone's for an admin who asks. Values are never listed. */
  async list(viewer: { id: string; isAdmin: boolean }, everyone: boolean): Promise<ApiToken[]> {
    if (everyone && !viewer.isAdmin) throw new AppError(ErrorCode.forbidden, 'Only admins see everyone’s tokens.', 403);
    const rows = await this.db
      .select({ token: apiTokens, owner: { id: users.id, username: users.username } })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(everyone ? undefined : eq(apiTokens.userId, viewer.id))
      .orderBy(desc(apiTokens.createdAt));
    return rows.map((r) => toApiToken(r.token, r.owner));
  }

  async revoke(actor: Actor & { id: string }, isAdmin: boolean, id: string): Promise<void> {
    const [row] = await this.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    // Someone else's token is "not found" unless one is an admin: its existence is not theirs to learn.
    if (!row || (row.userId !== actor.id && !isAdmin)) throw new AppError(ErrorCode.notFound, 'No such token.', 404);
    await this.db.delete(apiTokens).where(eq(apiTokens.id, id));
    await this.audit.record(actor, tokenTarget('RevokeToken', row.name), { result: 'succeeded', after: { owner: row.userId } });
    await this.onRevoked(tokenKey(id));
  }

  /** The identity behind a bearer value, or undefined when unknown, expired, revoked or its owner is disabled. */
  async authenticate(value: string): Promise<TokenIdentity | undefined> {
    if (!value.startsWith(TOKEN_PREFIX)) return undefined;
    const [row] = await this.db
      .select({ token: apiTokens, user: users })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.tokenHash, tokenHash(value)), gt(apiTokens.expiresAt, new Date())));
    if (!row || row.user.disabled) return undefined;
    void this.touch(row.token.id);
    return { id: row.token.id, name: row.token.name, access: row.token.access as TokenAccess, user: row.user, expiresAt: row.token.expiresAt };
  }

  private async touch(id: string): Promise<void> {
    const stale = new Date(Date.now() - TOUCH_EVERY_MS);
    await this.db
      .update(apiTokens)
      .set({ lastUsedAt: new Date() })
      .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))))
      .catch(() => undefined);
  }
}

/** How a token's requests are keyed where sessions are (open streams). */
export const tokenKey = (id: string) => `token:${id}`;
