import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { ErrorCode } from '@portico/contracts/errors';
import { GrantScope, type GrantInput, type GrantSubject, type Grant } from '@portico/contracts/grants';
import type { Role } from '@portico/contracts/auth';
import type { Db } from '../../db/database.ts';
import { grants } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { ShortLived } from '../short-lived.ts';

type GrantRow = typeof grants.$inferSelect;
type ParsedGrant = ReturnType<typeof GrantInput.parse>;

function toGrant(row: GrantRow): Grant {
  const subject: GrantSubject = row.subjectType === 'user' ? { type: 'user', username: row.subject } : { type: 'group', group: row.subject };
  return { id: row.id, subject, role: row.role as Role, scope: GrantScope.parse(row.scope), source: row.source as Grant['source'], createdAt: row.createdAt.toISOString() };
}

function toRow(input: ParsedGrant, source: Grant['source']): Omit<GrantRow, 'id' | 'createdAt'> {
  const subject = input.subject.type === 'user' ? input.subject.username : input.subject.group;
  return { subjectType: input.subject.type, subject, role: input.role, scope: input.scope, source };
}

/**
 * Grants in the database, read through a short cache: every request is decided from them, and
 * another instance's change is seen within `ttlMs` (this instance's own at once).
 */
export class GrantStore {
  readonly #all: ShortLived<Grant[]>;

  constructor(
    private readonly db: Db,
    ttlMs = 2_000,
  ) {
    this.#all = new ShortLived(
      () =>
        this.db
          .select()
          .from(grants)
          .orderBy(asc(grants.createdAt), asc(grants.id))
          .then((rows) => rows.map(toGrant)),
      ttlMs,
    );
  }

  all(): Promise<Grant[]> {
    return this.#all.get();
  }

  async find(id: string): Promise<Grant | undefined> {
    const [row] = await this.db.select().from(grants).where(eq(grants.id, id));
    return row ? toGrant(row) : undefined;
  }

  async create(input: ParsedGrant, source: Grant['source'] = 'console'): Promise<Grant> {
    const [row] = await this.db
      .insert(grants)
      .values({ id: randomUUID(), ...toRow(input, source) })
      .returning();
    this.#all.clear();
    return toGrant(row!);
  }

  /** Console grants only: a grant from the access file is changed in the file. */
  async update(id: string, input: ParsedGrant): Promise<{ before: Grant; after: Grant }> {
    const before = await this.editable(id);
    const [row] = await this.db.update(grants).set(toRow(input, 'console')).where(eq(grants.id, id)).returning();
    this.#all.clear();
    return { before, after: toGrant(row!) };
  }

  async delete(id: string): Promise<Grant> {
    const before = await this.editable(id);
    await this.db.delete(grants).where(eq(grants.id, id));
    this.#all.clear();
    return before;
  }

  /** The access file's grants replace the previous file's, in one transaction. */
  async replaceFileGrants(inputs: readonly ParsedGrant[]): Promise<{ before: Grant[]; after: Grant[] }> {
    const before = (await this.all()).filter((g) => g.source === 'file');
    await this.db.transaction(async (tx) => {
      await tx.delete(grants).where(eq(grants.source, 'file'));
      if (inputs.length > 0) await tx.insert(grants).values(inputs.map((input) => ({ id: randomUUID(), ...toRow(input, 'file') })));
    });
    this.#all.clear();
    const after = (await this.all()).filter((g) => g.source === 'file');
    return { before, after };
  }

  private async editable(id: string): Promise<Grant> {
    const grant = await this.find(id);
    if (!grant) throw new AppError(ErrorCode.notFound, 'No such grant.', 404);
    if (grant.source === 'file') throw new AppError(ErrorCode.conflict, 'This grant comes from the access file (PORTICO_ACCESS_FILE): change it there.', 409);
    return grant;
  }
}
