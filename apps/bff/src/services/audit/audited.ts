import type { Actor, AuditLog, AuditTarget } from './audit-log.ts';
import { outcomeOf } from './audit-log.ts';

/** What a change reports back for its audit record. */
export interface ChangeOutcome {
  requestId?: string | undefined;
  taskId?: string | undefined;
}

/**
 * Runs one change between two audit writes: `pending` before the cloud is called, the result
 * (with the cloud's RequestId and task) after. A failure is recorded and then re-thrown.
 */
export async function audited<T extends object>(
  audit: AuditLog,
  actor: Actor,
  target: AuditTarget,
  change: { before: unknown; after: unknown },
  run: () => Promise<T>,
  revertOf?: string,
): Promise<T & { auditEventId: string }> {
  const auditEventId = await audit.begin(actor, target, change, revertOf);
  let result: T;
  try {
    result = await run();
  } catch (error) {
    const outcome = outcomeOf(error);
    await audit.finish(auditEventId, outcome);
    // No answer: the change may have been made.
    if (outcome.result === 'unknown') audit.changed(target);
    throw error;
  }
  const { requestId, taskId } = result as ChangeOutcome;
  await audit.finish(auditEventId, { result: 'succeeded', requestId, taskId });
  audit.changed(target);
  return { ...result, auditEventId };
}
