import type { Request } from 'express';
import type { ChangeOperation } from '@portico/contracts/changes';
import type { ChangeService } from '../services/changes/change-service.ts';
import { actorOf } from './actor.ts';

/** Before a direct save: a policy may hold it for review, a freeze may stop it. */
export type ChangeGate = (req: Request, operation: ChangeOperation, input: { params?: object | undefined; query?: object | undefined; body?: unknown }) => Promise<void>;

/** A break-glass admin's reason for a save during a freeze travels in this header. */
export const BREAK_GLASS_HEADER = 'x-portico-break-glass';

export function changeGate(changes: ChangeService): ChangeGate {
  return (req, operation, input) =>
    changes.gate(
      actorOf(req),
      operation,
      { params: { ...(input.params as Record<string, string>) }, query: { ...(input.query as Record<string, string>) }, body: input.body },
      req.get(BREAK_GLASS_HEADER)?.slice(0, 500) || undefined,
    );
}

/** No policies (API-only tests that do not build the change service). */
export const openGate: ChangeGate = async () => undefined;
