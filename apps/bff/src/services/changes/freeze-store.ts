import { randomUUID } from 'node:crypto';
import { asc, eq, gt } from 'drizzle-orm';
import type { Freeze } from '@portico/contracts/changes';
import type { Db } from '../../db/database.ts';
import { changeFreezes } from '../../db/schema.ts';
import { ShortLived } from '../short-lived.ts';

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

/** Freezes, read through a short cache: every held kind of save and every apply looks at them. */
export class FreezeStore {
  readonly #notOver: ShortLived<Freeze[]>;

  constructor(private readonly db: Db) {
    this.#notOver = new ShortLived(() =>
      this.db
        .select()
        .from(changeFreezes)
        .where(gt(changeFreezes.endsAt, new Date()))
        .orderBy(asc(changeFreezes.startsAt))
        .then((rows) => rows.map(toFreeze)),
    );
  }

  /** Freezes not yet over, soonest first. */
  async current(now = new Date()): Promise<Freeze[]> {
    return (await this.#notOver.get()).filter((f) => Date.parse(f.endsAt) > now.getTime());
  }

  /** The freeze in force for a profile at this moment (one with no profiles covers them all). */
  async activeFor(profile: string, now = new Date()): Promise<Freeze | undefined> {
    const inForce = (f: Freeze) => Date.parse(f.startsAt) <= now.getTime() && Date.parse(f.endsAt) > now.getTime();
    return (await this.current(now)).filter(inForce).find((f) => f.profiles.length === 0 || f.profiles.includes(profile));
  }

  async create(input: { startsAt: string; endsAt: string; profiles: string[]; reason: string }, createdBy: string): Promise<Freeze> {
    const [row] = await this.db
      .insert(changeFreezes)
      .values({ id: randomUUID(), startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), profiles: input.profiles, reason: input.reason, createdBy })
      .returning();
    this.#notOver.clear();
    return toFreeze(row!);
  }

  async find(id: string): Promise<Freeze | undefined> {
    const [row] = await this.db.select().from(changeFreezes).where(eq(changeFreezes.id, id));
    return row ? toFreeze(row) : undefined;
  }

  async remove(id: string): Promise<void> {
    await this.db.delete(changeFreezes).where(eq(changeFreezes.id, id));
    this.#notOver.clear();
  }
}
