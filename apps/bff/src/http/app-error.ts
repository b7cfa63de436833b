import type { UpstreamError } from '@portico/contracts/errors';

/** The one error type services throw; the error middleware turns it into the envelope. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details: { fields?: Record<string, string>; upstream?: UpstreamError } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
