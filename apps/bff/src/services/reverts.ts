import { ErrorCode } from '@portico/contracts/errors';
import type { AuditEvent, ResourceType, RevertPreview, RevertResult } from '@portico/contracts/audit';
import { AppError } from '../http/app-error.ts';
import type { Actor, AuditLog } from './audit/audit-log.ts';

/** How one resource type undoes a change recorded in the audit log. */
export interface Reverter {
  preview(event: AuditEvent): Promise<RevertPreview>;
  apply(actor: Actor, event: AuditEvent, clientToken?: string): Promise<RevertResult>;
}

/** Reverts from audit events: a new change like any other, refused when it would conflict. */
export class RevertService {
  constructor(
    private readonly audit: AuditLog,
    private readonly reverters: Partial<Record<ResourceType, Reverter>>,
  ) {}

  async preview(id: string): Promise<RevertPreview> {
    const { event, reverter } = await this.load(id);
    return reverter.preview(event);
  }

  /**
   * A change is reverted at most once: the claim is taken before the revert runs and given back
   * if it fails, so a replayed or concurrent revert cannot re-apply it.
   */
  async apply(actor: Actor, id: string, clientToken?: string): Promise<RevertResult> {
    const { event, reverter } = await this.load(id);
    if (!(await this.audit.claimRevert(id, actor))) throw await this.alreadyReverted(id);
    try {
      const result = await reverter.apply(actor, event, clientToken);
      await this.audit.linkRevert(id, result.auditEventId);
      return result;
    } catch (error) {
      await this.audit.releaseRevert(id);
      throw error;
    }
  }

  private async alreadyReverted(id: string): Promise<AppError> {
    const by = (await this.audit.get(id))?.revertedBy;
    const who = by ? ` by ${by.name} at ${by.at}` : '';
    return new AppError(ErrorCode.conflict, `This change was already reverted${who}.`, 409);
  }

  private async load(id: string) {
    const event = await this.audit.get(id);
    if (!event) throw new AppError(ErrorCode.notFound, 'No such audit event.', 404);
    if (event.revertedBy) throw await this.alreadyReverted(id);
    const reverter = this.reverters[event.resourceType];
    if (!event.revertible || !reverter) throw new AppError(ErrorCode.conflict, 'This change cannot be reverted from the console.', 409);
    return { event, reverter };
  }
}
