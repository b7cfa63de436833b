import { randomUUID } from 'node:crypto';
import { asc, count, eq } from 'drizzle-orm';
import type { AuthSource, UserRole as Role, SessionUser, User } from '@portico/contracts/auth';
import { Locale } from '@portico/contracts/locale';
import type { Db } from '../../db/database.ts';
import { users } from '../../db/schema.ts';

export type UserRow = typeof users.$inferSelect;

export const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role as Role,
  disabled: row.disabled,
  createdAt: row.createdAt.toISOString(),
  source: row.authSource as AuthSource,
  groups: row.groups,
});

/** The person as their own session sees them (the header, the language). */
export const toSessionUser = (row: UserRow): SessionUser => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  role: row.role as Role,
  source: row.authSource as AuthSource,
  // A value written by another version and no longer offered reads as "follow the browser".
  locale: Locale.safeParse(row.locale).data ?? null,
});

/** What the identity provider says of a person at each sign-in. */
export interface SsoPerson {
  subject: string;
  username: string;
  displayName: string;
  role: Role;
  groups: string[];
}

export class UserStore {
  constructor(private readonly db: Db) {}

  async count(): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(users);
    return row?.n ?? 0;
  }

  async list(): Promise<User[]> {
    return (await this.db.select().from(users).orderBy(asc(users.username))).map(toUser);
  }

  async byUsername(username: string): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.username, username));
    return row;
  }

  async byId(id: string): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.id, id));
    return row;
  }

  /** Returns undefined when the username is taken (the unique index decides, not a race-prone read). */
  async create(input: { username: string; displayName: string; role: Role; passwordHash: string; mustChangePassword?: boolean }): Promise<UserRow | undefined> {
    const rows = await this.db
      .insert(users)
      .values({ id: randomUUID(), ...input })
      .onConflictDoNothing({ target: users.username })
      .returning();
    return rows[0];
  }

  async bySubject(subject: string): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.oidcSubject, subject));
    return row;
  }

  /**
   * The first SSO sign-in creates the person, without a password. Undefined when the username
   * or the subject is taken (a local account of that name is never taken over).
   */
  async createSso(person: SsoPerson): Promise<UserRow | undefined> {
    const { subject, ...rest } = person;
    const rows = await this.db
      .insert(users)
      .values({ id: randomUUID(), ...rest, oidcSubject: subject, authSource: 'oidc', passwordHash: null })
      .onConflictDoNothing()
      .returning();
    return rows[0];
  }

  async update(
    id: string,
    patch: Partial<Pick<UserRow, 'displayName' | 'role' | 'disabled' | 'passwordHash' | 'mustChangePassword' | 'groups' | 'locale'>>,
  ): Promise<UserRow | undefined> {
    const [row] = await this.db
      .update(users)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    return row;
  }
}
