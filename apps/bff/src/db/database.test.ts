import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ephemeralStore, postgresUrl, type TestStore } from '../testing/store.ts';
import { openDatabase, type Database } from './database.ts';

describe.skipIf(!postgresUrl)('the PostgreSQL store', () => {
  let store: TestStore | undefined;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    await store?.cleanup();
  });

  it('when the server ends its idle connections, then the BFF keeps running and the next query reconnects', async () => {
    store = await ephemeralStore();
    database = await openDatabase({ databaseUrl: store.databaseUrl });
    await database.ping();
    const unhandled: unknown[] = [];
    const onError = (error: unknown) => unhandled.push(error);
    process.on('uncaughtException', onError);
    try {
      const admin = new pg.Client({ connectionString: store.databaseUrl });
      await admin.connect();
      const ended = await admin.query('select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
      await admin.end();
      expect(ended.rows.length).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(database.ping()).resolves.toBeUndefined();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('uncaughtException', onError);
    }
  });
});
