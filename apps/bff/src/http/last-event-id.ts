import type { Request } from 'express';

/** Where a watcher left off: the EventSource's Last-Event-ID, or `?after=` for a first connect. */
export function resumeFrom(req: Request): number {
  const raw = req.get('last-event-id') ?? (typeof req.query.after === 'string' ? req.query.after : '0');
  const seq = Number.parseInt(raw, 10);
  return Number.isSafeInteger(seq) && seq > 0 ? seq : 0;
}
