import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Where a test's BFF keeps its state. With PORTICO_TEST_DATABASE_URL (the test command starts a
 * PostgreSQL server) every store is a fresh database on it; otherwise embedded PGlite.
 */
export interface TestStore {
  databaseUrl?: string;
  dataDir?: string;
  cleanup(): Promise<void>;
}

export const postgresUrl = process.env.PORTICO_TEST_DATABASE_URL || undefined;

async function freshDatabase(adminUrl: string): Promise<TestStore> {
  const name = `portico_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** In memory for PGlite (fast), a fresh database for PostgreSQL. */
export async function ephemeralStore(): Promise<TestStore> {
  return postgresUrl ? freshDatabase(postgresUrl) : { cleanup: async () => undefined };
}

/** Survives a BFF restart: a data directory for PGlite, a database for PostgreSQL. */
export async function persistentStore(): Promise<TestStore> {
  if (postgresUrl) return freshDatabase(postgresUrl);
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-store-'));
  return { dataDir, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}
