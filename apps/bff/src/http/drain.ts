import type { RequestHandler, Response } from 'express';
import { ErrorCode } from '@portico/contracts/errors';
import { AppError } from '../errors.ts';

/**
 * What a stopping instance needs to let go gracefully: refuse new work, and end the event streams
 * so browsers reconnect (with Last-Event-ID) to an instance that stays.
 */
export class Drain {
  #draining = false;
  readonly #streams = new Set<Response>();

  get draining(): boolean {
    return this.#draining;
  }

  /** Long-lived streams open now (for the metrics). */
  get openStreams(): number {
    return this.#streams.size;
  }

  /** Remembers a long-lived stream until it closes. */
  track(res: Response): void {
    this.#streams.add(res);
    res.on('close', () => this.#streams.delete(res));
  }

  begin(): void {
    this.#draining = true;
    for (const res of this.#streams) res.end();
  }

  readonly refuseWhenDraining: RequestHandler = (_req, res, next) => {
    if (!this.#draining) return next();
    res.setHeader('Connection', 'close');
    res.setHeader('Retry-After', '1');
    next(new AppError(ErrorCode.upstreamUnavailable, 'This instance is restarting. Try again.', 503));
  };
}
