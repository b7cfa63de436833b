import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { SessionNotice, SessionStore } from './session-store.ts';

const CHANNEL = 'portico_sessions';
const Notice: z.ZodType<SessionNotice> = z.union([z.object({ tokenHash: z.string() }), z.object({ userId: z.string() })]);

/**
 * Several instances on one PostgreSQL each keep recently read sessions: a sign-out, a disabled
 * account or a new role on one instance is announced with NOTIFY, and every instance forgets
 * what it kept. The listener's own connection is closed with the database.
 */
export async function shareSessionNotices(database: Database, sessions: SessionStore): Promise<void> {
  sessions.announce = (notice) => database.notify(CHANNEL, JSON.stringify(notice));
  await database.listen(
    CHANNEL,
    (payload) => {
      const notice = Notice.safeParse(safeJson(payload));
      if (notice.success) sessions.hear(notice.data);
    },
    () => sessions.forgetAll(),
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
