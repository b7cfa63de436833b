import type { Request, Response } from 'express';
import { ErrorCode } from '@portico/contracts/errors';
import type { SessionNotice, SessionStore } from '../services/auth/session-store.ts';
import { AppError } from './app-error.ts';

export const MAX_STREAMS_PER_SESSION = 8;

interface OpenStream {
  res: Response;
  userId: string;
}

/**
 * The event streams (SSE) open on this instance, by session: a session may hold a few (tabs),
 * not an unbounded number, and they close as soon as the session ends (sign-out, disabled,
 * password changed), on whichever instance that happened.
 */
export class StreamRegistry {
  readonly #bySession = new Map<string, Set<OpenStream>>();

  constructor(
    private readonly sessions: SessionStore,
    private readonly maxPerSession = MAX_STREAMS_PER_SESSION,
  ) {
    sessions.onNotice((notice) => void this.#noticed(notice));
  }

  /** Registers a stream before it starts; a session at its limit gets a 429 instead. */
  open(req: Request, res: Response): void {
    const auth = req.auth;
    if (!auth) throw new AppError(ErrorCode.unauthenticated, 'Sign in to continue.', 401);
    const open = this.#bySession.get(auth.tokenHash) ?? new Set<OpenStream>();
    if (open.size >= this.maxPerSession) {
      throw new AppError(ErrorCode.rateLimited, `At most ${this.maxPerSession} live views per session: close another tab or panel and try again.`, 429);
    }
    const stream = { res, userId: auth.user.id };
    open.add(stream);
    this.#bySession.set(auth.tokenHash, open);
    res.on('close', () => {
      open.delete(stream);
      if (open.size === 0 && this.#bySession.get(auth.tokenHash) === open) this.#bySession.delete(auth.tokenHash);
    });
  }

  /** How many streams are open here (for tests and metrics). */
  get size(): number {
    let n = 0;
    for (const open of this.#bySession.values()) n += open.size;
    return n;
  }

  /** A session notice ends that session's streams; a person's notice re-checks each of theirs. */
  async #noticed(notice: SessionNotice): Promise<void> {
    if ('tokenHash' in notice) return this.#close(notice.tokenHash);
    for (const [tokenHash, open] of this.#bySession) {
      if ([...open].some((s) => s.userId === notice.userId) && !(await this.sessions.isLive(tokenHash).catch(() => false))) this.#close(tokenHash);
    }
  }

  #close(tokenHash: string): void {
    for (const { res } of this.#bySession.get(tokenHash) ?? []) res.end();
    this.#bySession.delete(tokenHash);
  }
}
