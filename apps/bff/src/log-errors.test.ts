import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './db/database.ts';
import { users } from './db/schema.ts';
import { createLogger } from './logger.ts';
import { ephemeralStore, type TestStore } from './testing/store.ts';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0LXNhbHQ$SecretHashThatMustNotBeLogged';

let store: TestStore;
let database: Database;
beforeAll(async () => {
  store = await ephemeralStore();
  database = await openDatabase({ databaseUrl: store.databaseUrl });
});
afterAll(async () => {
  await database.close();
  await store.cleanup();
});

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), text: () => lines.join('') };
}

describe('database errors in the log', () => {
  it('when a query fails, then the logged error keeps its message and code but none of its parameters', async () => {
    const row = { id: randomUUID(), username: `dup-${Date.now()}`, displayName: 'D', role: 'viewer', passwordHash: HASH };
    await database.db.insert(users).values(row);
    const error = await database.db
      .insert(users)
      .values({ ...row, id: randomUUID() })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    // The raw error does carry the hash: this is what the serializer must keep out.
    expect(JSON.stringify({ message: (error as Error).message, params: (error as { params?: unknown }).params })).toContain('SecretHashThatMustNotBeLogged');

    const { logger, text } = capture();
    logger.error({ err: error }, 'unhandled error');
    const line = JSON.parse(text()) as { err: { message: string; cause?: { code?: string } } };
    expect(text()).not.toContain('SecretHashThatMustNotBeLogged');
    expect(text()).not.toContain(row.username);
    expect(line.err.message).toMatch(/^Failed query: insert into "users"/);
    expect(line.err.cause?.code).toBe('23505');
  });
});
