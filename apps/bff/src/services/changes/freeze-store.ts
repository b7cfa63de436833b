import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { Freeze } from '@portico/contracts/changes';
import type { Db } from '../../db/database.ts';
import { changeFreezes } from '../../db/schema.ts';

type FreezeRow = typeof changeFreezes.$inferSelect;

const toFreeze = (row: FreezeRow): Freeze => ({
  id: row.id,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  profiles: row.profiles,
  reason: row.reason,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

export class FreezeStore {
  constructor(private readonly db: Db) {}

  /** Freezes not yet over, soonest first. */
  async current(now = new Date()): Promise<Freeze[]> {
    const rows = await this.db.select().from(changeFreezes).where(gt(changeFreezes.endsAt, now)).orderBy(asc(changeFreezes.startsAt));
    return rows.map(toFreeze);
  }

  /** The freeze in force for a profile at this moment (one with no profiles covers them all). */
  async activeFor(profile: string, now = new Date()): Promise<Freeze | undefined> {
    const rows = await this.db
      .select()
      .from(changeFreezes)
      .where(and(lte(changeFreezes.startsAt, now), gt(changeFreezes.endsAt, now)));
    return rows.map(toFreeze).find((f) => f.profiles.length === 0 || f.profiles.includes(profile));
  }

  async create(input: { startsAt: string; endsAt: string; profiles: string[]; reason: string }, createdBy: string): Promise<Freeze> {
    const [row] = await this.db
      .insert(changeFreezes)
      .values({ id: randomUUID(), startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), profiles: input.profiles, reason: input.reason, createdBy })
      .returning();
    return toFreeze(row!);
  }

  async find(id: string): Promise<Freeze | undefined> {
    const [row] = await this.db.select().from(changeFreezes).where(eq(changeFreezes.id, id));
    return row ? toFreeze(row) : undefined;
  }

  async remove(id: string): Promise<void> {
    await this.db.delete(changeFreezes).where(eq(changeFreezes.id, id));
  }
}
