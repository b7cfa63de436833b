import {
  ChangeOperation,
  policyReasons,
  describeReason,
  reachOf,
  type AppliedPolicy,
  type ApplyChange,
  type ChangeCheck,
  type ChangeInput,
  type ChangeList,
  type ChangeListQuery,
  type ChangePlan,
  type ChangeRequest,
  type ChangeSummary,
  type TimelineEntry,
} from '@portico/contracts/changes';
import { ErrorCode } from '@portico/contracts/errors';
import type { AccessRequest } from '@portico/contracts/grants';
import { and, eq, type SQL } from 'drizzle-orm';
import { changeRequests } from '../../db/schema.ts';
import { AppError, keyedFields } from '../../errors.ts';
import type { Permissions } from '../access/permissions.ts';
import { porticoTarget, type Actor, type AuditLog } from '../audit/audit-log.ts';
import type { FreezeStore } from './freeze-store.ts';
import { insideWindows } from './windows.ts';
import type { OperationHandler } from './operations.ts';
import type { PolicyStore, StoredPolicy } from './policy-store.ts';
import type { EventRow, RequestRow, RequestStore } from './request-store.ts';
import type { Webhooks } from './webhooks.ts';
import type { WebhookEvent } from './webhook-formats.ts';

/** Who is asking: a person with their grants, groups and last fresh sign-in. */
export interface Reader extends Actor {
  id: string;
  permissions: Permissions;
  groups: readonly string[];
  /** The last time this session's password was typed again (approvals need it recent). */
  stepUpAt?: Date | undefined;
}

export interface ChangeServiceDeps {
  requests: RequestStore;
  policies: PolicyStore;
  freezes: FreezeStore;
  webhooks: Webhooks;
  handlers: Record<ChangeOperation, OperationHandler>;
  audit: AuditLog;
  /** A person's permissions now (a scheduled apply runs as whoever scheduled it). */
  permissionsOf(userId: string): Promise<{ name: string; permissions: Permissions } | undefined>;
  /** How recent a fresh sign-in must be to approve. */
  stepUpWindowMs: number;
  publicUrl?: string | undefined;
  /** The time now: expiries, schedules and step-up windows are measured with it (tests move it). */
  now: () => Date;
}

const approvalsOf = (events: readonly EventRow[]) => events.filter((e) => e.type === 'approved').map((e) => ({ by: e.actorName, byId: e.actorId, at: e.at.toISOString() }));

const accessTo = (plan: ChangePlan, need: AccessRequest['need']): AccessRequest => ({
  need,
  kind: plan.target.kind,
  profile: plan.target.profile,
  name: plan.target.name,
  stage: plan.target.stage,
  tags: plan.target.tags ?? {},
});

const policiesOf = (row: RequestRow) => row.policies as AppliedPolicy[];
const planOf = (row: RequestRow) => row.plan as ChangePlan;

/**
 * Change requests: a save that a policy holds for review becomes a request; approvers approve
 * (after a fresh sign-in); the author or an operator in scope applies it once approved, after
 * the live state is read again. Freezes stop applies except a break-glass admin's.
 */
export class ChangeService {
  constructor(private readonly d: ChangeServiceDeps) {}

  /** The plan and the policies that would ask for review: what the console shows before a save. */
  async check(reader: Actor, operation: ChangeOperation, input: ChangeInput): Promise<ChangeCheck> {
    const { plan } = await this.d.handlers[operation].plan(input);
    reader.permissions?.require(accessTo(plan, 'change'));
    const freeze = await this.d.freezes.activeFor(plan.target.profile);
    return {
      plan,
      policies: applicable(await this.d.policies.all(), plan),
      ...(freeze ? { freeze: { id: freeze.id, endsAt: freeze.endsAt, reason: freeze.reason } } : {}),
    };
  }

  /**
   * Before a direct save: refused when a policy asks for review (409, the console then offers a
   * request) or a freeze is on (423, unless a break-glass admin gives a reason).
   */
  async gate(actor: Actor, operation: ChangeOperation, input: ChangeInput, breakGlassReason?: string): Promise<void> {
    const [policies, freezes] = await Promise.all([this.d.policies.all(), this.d.freezes.current()]);
    if (policies.length === 0 && freezes.length === 0) return;
    const { plan } = await this.d.handlers[operation].plan(input);
    const held = applicable(policies, plan);
    if (held.length > 0) {
      const names = held.map((p) => `${p.name} (${p.reasons.map(describeReason).join('; ')})`).join(', ');
      throw new AppError(ErrorCode.reviewRequired, `This change needs review under ${names}: open a change request.`, 409, { change: { policies: held } });
    }
    await this.passFreeze(actor, plan, breakGlassReason);
  }

  async open(reader: Reader, operation: ChangeOperation, input: ChangeInput, comment: string): Promise<ChangeRequest> {
    const handler = this.d.handlers[operation];
    const { plan, fingerprint } = await handler.plan(input);
    reader.permissions.require(accessTo(plan, 'change'));
    const all = await this.d.policies.all();
    const held = applicable(all, plan);
    if (held.length === 0) throw new AppError(ErrorCode.conflict, 'No policy asks for review of this change: save it directly.', 409);
    const hours = Math.min(...held.map((p) => all.find((q) => q.id === p.id)!.expiresAfterHours));
    const row = await this.d.requests.create({
      operation,
      profile: plan.target.profile,
      kind: plan.target.kind,
      input,
      plan,
      fingerprint,
      policies: held,
      requiredApprovals: Math.max(...held.map((p) => p.approvals)),
      authorId: reader.id,
      authorName: reader.name,
      comment,
      expiresAt: new Date(this.d.now().getTime() + hours * 3_600_000),
    });
    await this.d.audit.record({ ...reader, changeRequestId: row.id }, porticoTarget('OpenChangeRequest', 'change-request', plan.title), {
      result: 'succeeded',
      after: { policies: held.map((p) => p.name), comment },
    });
    await this.notify(row, 'opened', reader.name);
    return this.get(reader, row.id);
  }

  async list(reader: Reader, query: ChangeListQuery): Promise<ChangeList> {
    await this.expireDue();
    const filters: SQL[] = [];
    if (query.state) filters.push(eq(changeRequests.state, query.state));
    if (query.profile) filters.push(eq(changeRequests.profile, query.profile));
    if (query.kind) filters.push(eq(changeRequests.kind, query.kind));
    if (query.view === 'mine') filters.push(eq(changeRequests.authorId, reader.id));
    // Requests are few (they expire): the reader's view is filtered here, then paged.
    const { rows } = await this.d.requests.list(filters.length ? and(...filters) : undefined, 1, 10_000);
    const visible = rows.filter((row) => reader.permissions.allows(accessTo(planOf(row), 'read')));
    const events = await this.d.requests.eventsOf(visible.map((r) => r.id));
    const summaries = visible.map((row) =>
      this.summary(
        reader,
        row,
        events.filter((e) => e.requestId === row.id),
      ),
    );
    const shown = query.view === 'waiting' ? summaries.filter((s) => s.waitingForMe) : summaries;
    const start = (query.page - 1) * query.pageSize;
    return {
      items: shown.slice(start, start + query.pageSize),
      total: shown.length,
      page: query.page,
      pageSize: query.pageSize,
      waitingForMe: summaries.filter((s) => s.waitingForMe).length,
    };
  }

  async get(reader: Reader, id: string): Promise<ChangeRequest> {
    await this.expireDue();
    const row = await this.require(reader, id);
    const events = await this.d.requests.events(id);
    const approvals = approvalsOf(events);
    const cannotApprove = this.cannotApprove(reader, row, events);
    const plan = planOf(row);
    const mayChange = reader.permissions.allows(accessTo(plan, 'change'));
    return {
      id: row.id,
      operation: ChangeOperation.parse(row.operation),
      state: row.state as ChangeRequest['state'],
      plan,
      policies: policiesOf(row),
      requiredApprovals: row.requiredApprovals,
      approvals: approvals.map(({ by, at }) => ({ by, at })),
      author: row.authorName,
      comment: row.comment,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      ...(row.scheduledFor ? { scheduledFor: row.scheduledFor.toISOString() } : {}),
      ...(row.auditEventId ? { auditEventId: row.auditEventId } : {}),
      ...(row.taskId ? { taskId: row.taskId } : {}),
      ...(row.error ? { error: row.error } : {}),
      timeline: events.map(toTimeline),
      can: {
        approve: cannotApprove === undefined,
        reject: row.state === 'open' && this.isApprover(reader, row) && row.authorId !== reader.id,
        withdraw: ['open', 'approved'].includes(row.state) && row.authorId === reader.id,
        apply: row.state === 'approved' && (row.authorId === reader.id || mayChange),
        comment: !['applied', 'withdrawn', 'expired'].includes(row.state),
      },
      ...(cannotApprove ? { cannotApproveReason: cannotApprove } : {}),
    };
  }

  async comment(reader: Reader, id: string, text: string): Promise<ChangeRequest> {
    await this.require(reader, id);
    await this.d.requests.addEvent(id, reader, 'commented', text);
    return this.get(reader, id);
  }

  async approve(reader: Reader, id: string, comment: string): Promise<ChangeRequest> {
    const row = await this.require(reader, id);
    const reason = this.cannotApprove(reader, row, await this.d.requests.events(id));
    if (reason) throw new AppError(ErrorCode.forbidden, cannotApproveText[reason], 403);
    if (!reader.stepUpAt || this.d.now().getTime() - reader.stepUpAt.getTime() > this.d.stepUpWindowMs) {
      throw new AppError(ErrorCode.stepUpRequired, 'Enter your password again to approve: approvals need a sign-in from the last few minutes.', 403);
    }
    await this.d.requests.addEvent(id, reader, 'approved', comment || undefined, { stepUpAt: reader.stepUpAt.toISOString() });
    const approvals = approvalsOf(await this.d.requests.events(id));
    if (approvals.length >= row.requiredApprovals) await this.d.requests.move(id, ['open'], 'approved');
    await this.d.audit.record({ ...reader, changeRequestId: id }, porticoTarget('ApproveChangeRequest', 'change-request', planOf(row).title), {
      result: 'succeeded',
      after: { approvals: approvals.length, required: row.requiredApprovals, stepUpAt: reader.stepUpAt.toISOString() },
    });
    await this.notify(row, 'approved', reader.name);
    return this.get(reader, id);
  }

  async reject(reader: Reader, id: string, comment: string): Promise<ChangeRequest> {
    const row = await this.require(reader, id);
    if (row.authorId === reader.id || !this.isApprover(reader, row)) throw new AppError(ErrorCode.forbidden, 'Only an approver of this request may reject it.', 403);
    const moved = await this.d.requests.move(id, ['open'], 'rejected');
    if (!moved) throw new AppError(ErrorCode.conflict, `This request is ${row.state}; only an open one can be rejected.`, 409);
    await this.d.requests.addEvent(id, reader, 'rejected', comment || undefined);
    await this.d.audit.record({ ...reader, changeRequestId: id }, porticoTarget('RejectChangeRequest', 'change-request', planOf(row).title), {
      result: 'succeeded',
      after: { comment },
    });
    await this.notify(row, 'rejected', reader.name);
    return this.get(reader, id);
  }

  async withdraw(reader: Reader, id: string): Promise<ChangeRequest> {
    const row = await this.require(reader, id);
    if (row.authorId !== reader.id) throw new AppError(ErrorCode.forbidden, 'Only its author may withdraw a request.', 403);
    const moved = await this.d.requests.move(id, ['open', 'approved'], 'withdrawn');
    if (!moved) throw new AppError(ErrorCode.conflict, `This request is ${row.state}; it can no longer be withdrawn.`, 409);
    await this.d.requests.addEvent(id, reader, 'withdrawn');
    return this.get(reader, id);
  }

  /** Now, or at a time inside the policies' maintenance windows (the scheduler applies it then). */
  async apply(reader: Reader, id: string, request: ApplyChange): Promise<ChangeRequest> {
    const row = await this.require(reader, id);
    const plan = planOf(row);
    if (row.state !== 'approved') throw new AppError(ErrorCode.conflict, `This request is ${row.state}; only an approved one can be applied.`, 409);
    if (row.authorId !== reader.id) reader.permissions.require(accessTo(plan, 'change'));
    if (request.at) return this.schedule(reader, row, new Date(request.at));
    await this.runApply(reader, row, request.breakGlassReason);
    return this.get(reader, id);
  }

  /** Expires old requests and applies the scheduled ones that are due (any instance; each once). */
  async runDue(): Promise<void> {
    await this.expireDue();
    for (const row of await this.d.requests.due(this.d.now())) {
      const who = row.scheduledById ? await this.d.permissionsOf(row.scheduledById) : undefined;
      if (!who || !row.scheduledById) {
        await this.fail(row, { name: 'Portico' }, 'The person who scheduled this apply no longer exists.');
        continue;
      }
      await this.runApply({ id: row.scheduledById, name: who.name, permissions: who.permissions, groups: [] }, row).catch(() => undefined);
    }
  }

  private async schedule(reader: Reader, row: RequestRow, at: Date): Promise<ChangeRequest> {
    if (at.getTime() <= this.d.now().getTime())
      throw new AppError(ErrorCode.validation, 'Choose a time in the future, or apply now.', 400, keyedFields({ at: { key: 'inFuture' } }));
    const windows = (await this.d.policies.all()).filter((p) => policiesOf(row).some((q) => q.id === p.id)).flatMap((p) => p.windows);
    if (!insideWindows(at, windows)) {
      throw new AppError(ErrorCode.validation, 'That time is outside every maintenance window of this request’s policies.', 400, {
        ...keyedFields({ at: { key: 'insideMaintenanceWindow' } }),
      });
    }
    if (at.getTime() > row.expiresAt.getTime())
      throw new AppError(ErrorCode.validation, 'The request expires before then.', 400, keyedFields({ at: { key: 'beforeRequestExpires' } }));
    await this.d.requests.schedule(row.id, at, reader.id);
    await this.d.requests.addEvent(row.id, reader, 'scheduled', at.toISOString());
    return this.get(reader, row.id);
  }

  private async runApply(reader: Reader, row: RequestRow, breakGlassReason?: string): Promise<void> {
    const plan = planOf(row);
    await this.passFreeze(reader, plan, breakGlassReason, row.id);
    const claimed = await this.d.requests.move(row.id, ['approved'], 'applying', { scheduledFor: null });
    if (!claimed) throw new AppError(ErrorCode.conflict, 'Someone else is applying this request, or it has changed.', 409);
    const handler = this.d.handlers[ChangeOperation.parse(row.operation)];
    const input = row.input as ChangeInput;
    const now = await handler.plan(input).catch((error: unknown) => error);
    if (now instanceof Error || (now as { fingerprint: string }).fingerprint !== row.fingerprint) {
      const current = now instanceof Error ? { error: now.message } : (now as { plan: ChangePlan }).plan.before;
      await this.d.requests.move(row.id, ['applying'], 'failed', { error: 'The resource changed since the plan: plan the change again.' });
      await this.d.requests.addEvent(row.id, reader, 'apply-refused', 'The resource changed since the plan.', { drift: { planned: plan.before, now: current } });
      await this.notify(row, 'failed', reader.name);
      throw new AppError(ErrorCode.conflict, 'The resource changed since this change was planned: plan it again.', 409, {
        change: { drift: { planned: plan.before, now: current } },
      });
    }
    try {
      const result = await handler.apply({ ...reader, changeRequestId: row.id }, input);
      await this.d.requests.move(row.id, ['applying'], 'applied', { auditEventId: result.auditEventId ?? null, taskId: result.task?.id ?? null });
      await this.d.requests.addEvent(row.id, reader, 'applied');
      await this.notify(row, 'applied', reader.name);
    } catch (error) {
      await this.fail(row, reader, error instanceof Error ? error.message : 'The apply failed.');
      throw error;
    }
  }

  private async fail(row: RequestRow, actor: { id?: string; name: string }, message: string): Promise<void> {
    await this.d.requests.move(row.id, ['applying', 'approved'], 'failed', { error: message });
    await this.d.requests.addEvent(row.id, actor, 'failed', message);
    await this.notify(row, 'failed', actor.name);
  }

  /** In a freeze only an admin of the resource applies, with a reason, and that is recorded. */
  private async passFreeze(actor: Actor, plan: ChangePlan, breakGlassReason: string | undefined, requestId?: string): Promise<void> {
    const freeze = await this.d.freezes.activeFor(plan.target.profile);
    if (!freeze) return;
    const admin = actor.permissions?.allows(accessTo(plan, 'admin')) ?? false;
    if (!breakGlassReason || !admin) {
      const how = admin ? 'give a break-glass reason to apply anyway' : 'only an admin can break the glass';
      throw new AppError(ErrorCode.frozen, `Changes are frozen until ${freeze.endsAt} (${freeze.reason}): ${how}.`, 423, {
        change: { freeze: { id: freeze.id, endsAt: freeze.endsAt, reason: freeze.reason } },
      });
    }
    await this.d.audit.record({ ...actor, changeRequestId: requestId }, porticoTarget('BreakGlass', 'change-request', plan.title), {
      result: 'succeeded',
      after: { reason: breakGlassReason, freeze: freeze.reason },
    });
    if (requestId) await this.d.requests.addEvent(requestId, actor, 'break-glass', breakGlassReason);
  }

  private async expireDue(): Promise<void> {
    for (const row of await this.d.requests.expire(this.d.now())) await this.d.requests.addEvent(row.id, { name: 'Portico' }, 'expired');
  }

  private async require(reader: Reader, id: string): Promise<RequestRow> {
    const row = await this.d.requests.find(id);
    if (!row || !reader.permissions.allows(accessTo(planOf(row), 'read'))) throw new AppError(ErrorCode.notFound, 'No such change request.', 404);
    return row;
  }

  /** Approvers qualify under every policy that held the change: its role on the resource and, if it lists any, one of its groups. */
  private isApprover(reader: Reader, row: RequestRow): boolean {
    const plan = planOf(row);
    return policiesOf(row).every(
      (p) =>
        reader.permissions.allows(accessTo(plan, p.approverRole === 'admin' ? 'admin' : 'change')) &&
        (p.approverGroups.length === 0 || p.approverGroups.some((g) => reader.groups.includes(g))),
    );
  }

  private cannotApprove(reader: Reader, row: RequestRow, events: readonly EventRow[]): NonNullable<ChangeRequest['cannotApproveReason']> | undefined {
    if (row.state !== 'open') return 'notOpen';
    if (row.authorId === reader.id) return 'author';
    if (!this.isApprover(reader, row)) return 'notApprover';
    if (approvalsOf(events).some((a) => a.byId === reader.id)) return 'approvedAlready';
    return undefined;
  }

  private summary(reader: Reader, row: RequestRow, events: readonly EventRow[]): ChangeSummary {
    const plan = planOf(row);
    return {
      id: row.id,
      operation: ChangeOperation.parse(row.operation),
      state: row.state as ChangeSummary['state'],
      author: row.authorName,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      requiredApprovals: row.requiredApprovals,
      approvals: approvalsOf(events).map(({ by, at }) => ({ by, at })),
      ...(row.scheduledFor ? { scheduledFor: row.scheduledFor.toISOString() } : {}),
      title: plan.title,
      profile: row.profile,
      kind: plan.target.kind,
      planKind: plan.kind,
      resourceName: plan.target.name,
      ...(plan.target.stage ? { stage: plan.target.stage } : {}),
      blastRadius: plan.blastRadius,
      reach: reachOf(plan.apis),
      waitingForMe: this.cannotApprove(reader, row, events) === undefined,
    };
  }

  private async notify(row: RequestRow, event: WebhookEvent, actor: string): Promise<void> {
    const fresh = (await this.d.requests.find(row.id)) ?? row;
    const plan = planOf(fresh);
    await this.d.webhooks
      .enqueue(
        policiesOf(fresh).map((p) => p.id),
        {
          event,
          at: new Date().toISOString(),
          actor,
          request: {
            id: fresh.id,
            title: plan.title,
            operation: fresh.operation,
            state: fresh.state,
            profile: fresh.profile,
            kind: fresh.kind,
            blastRadius: plan.blastRadius,
            author: fresh.authorName,
            comment: fresh.comment,
            url: this.d.publicUrl ? `${this.d.publicUrl.replace(/\/$/, '')}/changes/${fresh.id}` : undefined,
          },
        },
      )
      // A notice never stands in the way of the change.
      .catch(() => undefined);
  }
}

const cannotApproveText: Record<NonNullable<ChangeRequest['cannotApproveReason']>, string> = {
  notOpen: 'This request is no longer open.',
  author: 'You opened this request: another person must approve it.',
  notApprover: 'Its policies name approvers you are not one of.',
  approvedAlready: 'You approved it already.',
};

/** The policies that hold this plan for review, with why. */
export function applicable(policies: readonly StoredPolicy[], plan: ChangePlan): AppliedPolicy[] {
  return policies.flatMap((policy) => {
    const reasons = policyReasons(policy, plan.target, plan.facts);
    return reasons.length === 0
      ? []
      : [{ id: policy.id, name: policy.name, reasons, approvals: policy.approvals, approverRole: policy.approverRole, approverGroups: policy.approverGroups }];
  });
}

const toTimeline = (e: EventRow): TimelineEntry => {
  const data = (e.data ?? {}) as { drift?: TimelineEntry['drift']; stepUpAt?: string };
  return {
    at: e.at.toISOString(),
    actor: e.actorName,
    type: e.type as TimelineEntry['type'],
    ...(e.text ? { text: e.text } : {}),
    ...(data.drift ? { drift: data.drift } : {}),
    ...(data.stepUpAt ? { stepUpAt: data.stepUpAt } : {}),
  };
};
