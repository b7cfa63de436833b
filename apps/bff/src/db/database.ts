import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** A cheap round trip, for the health check. */
  ping(): Promise<void>;
  /** NOTIFY on a channel: every instance listening on the database hears it. */
  notify(channel: string, payload: string): Promise<void>;
  /**
   * LISTEN on a channel. `onReconnect` runs after a lost listening connection is back, so the
   * caller can catch up on what it may have missed. Returns the way to stop.
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/**
 * PostgreSQL when `databaseUrl` is set (several instances share it), else embedded PGlite in
 * `dataDir` (or in memory for tests). The same drizzle migrations run on both.
 */
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  let location: string | undefined;
  if (dataDir) {
    location = join(dataDir, 'pglite');
    mkdirSync(location, { recursive: true });
  }
  const client = location ? new PGlite(location) : new PGlite();
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    driver: 'pglite',
    ping: async () => void (await client.query('select 1')),
    notify: async (channel, payload) => void (await client.query('select pg_notify($1, $2)', [channel, payload])),
    listen: async (channel, onPayload) => {
      const stop = await client.listen(channel, onPayload);
      return () => stop();
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (a restart, a failover, a dropped database) must not
  // crash the BFF: the pool discards it and the next query opens a new one.
  pool.on('error', () => undefined);
  const db = drizzle({ client: pool, schema });
  await migrate(db, { migrationsFolder });
  const listeners: (() => Promise<void>)[] = [];
  return {
    db: db as unknown as Db,
    driver: 'postgres',
    ping: async () => void (await pool.query('select 1')),
    notify: async (channel, payload) => void (await pool.query('select pg_notify($1, $2)', [channel, payload])),
    listen: async (channel, onPayload, onReconnect) => {
      const stop = await listenWithReconnect(url, channel, onPayload, onReconnect);
      listeners.push(stop);
      return stop;
    },
    close: async () => {
      await Promise.all(listeners.map((stop) => stop()));
      await pool.end();
    },
  };
}

/** One dedicated connection per channel (LISTEN does not work through a pool), re-established if it drops. */
async function listenWithReconnect(url: string, channel: string, onPayload: (payload: string) => void, onReconnect?: () => void) {
  const { default: pg } = await import('pg');
  let stopped = false;
  let client: InstanceType<typeof pg.Client> | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    next.on('error', () => undefined);
    next.on('end', () => {
      if (stopped) return;
      setTimeout(
        () =>
          void connect().then(
            () => onReconnect?.(),
            () => undefined,
          ),
        500,
      );
    });
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
