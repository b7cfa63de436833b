import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder, type Database } from './database.ts';

let newest: number | undefined;

/** The newest migration this build ships (drizzle records each applied one with its `when`); read once. */
function newestMigration(): number {
  if (newest === undefined) {
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
    newest = Math.max(...journal.entries.map((entry) => entry.when));
  }
  return newest;
}

export interface Readiness {
  database: boolean;
  migrations: boolean;
  error?: string;
}

/** The database answers and holds every migration of this build; no cloud is asked. */
export async function checkReadiness(database: Database, expected = newestMigration()): Promise<Readiness> {
  try {
    const result = await database.db.execute(sql`select max(created_at) as newest from drizzle.__drizzle_migrations`);
    const rows = (result as unknown as { rows: { newest: string | number | null }[] }).rows;
    const applied = Number(rows[0]?.newest ?? 0);
    return applied >= expected ? { database: true, migrations: true } : { database: true, migrations: false, error: 'migrations are not all applied' };
  } catch {
    return { database: false, migrations: false, error: 'the database does not answer' };
  }
}
