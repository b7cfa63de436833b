import { guardApis, guardResource } from './access/guard.ts';
import { groupTags } from '../clouds/alibaba/published-apis.ts';
import { randomUUID } from 'node:crypto';
import pMap from 'p-map';
import { ErrorCode } from '@portico/contracts/errors';
import type { AuditEvent, RevertPreview } from '@portico/contracts/audit';
import type { TaskApiResult } from '@portico/contracts/tasks';
import type {
  CreateVpcAuthorization,
  ModifiedVpcAuthorization,
  ModifyVpcAuthorization,
  RemovedVpcAuthorization,
  VpcAuthorization,
  VpcAuthorizationDetail,
  VpcAuthorizationList,
  VpcAuthorizationListQuery,
} from '@portico/contracts/vpc-authorizations';
import type { PublishedApi } from '@portico/contracts/published-apis';
import * as vpcAccess from '../clouds/alibaba/vpc-access.ts';
import type { AlibabaGateway } from '../clouds/alibaba/client.ts';
import type { CloudClients } from '../clouds/cloud-clients.ts';
import { AppError } from '../errors.ts';
import type { Actor, AuditLog, AuditTarget } from './audit/audit-log.ts';
import { audited } from './audit/audited.ts';
import type { Reverter } from './reverts.ts';
import type { TaskService } from './tasks/task-service.ts';

/** How many bound-API counts are fetched at once for a list page. */
const COUNT_CONCURRENCY = 5;

/** The part of an authorization a change sets, as the audit log keeps it. */
type Settings = Pick<VpcAuthorization, 'vpcId' | 'instanceId' | 'port'> & { vpcTargetHostName?: string | undefined; description?: string | undefined };

const settingsOf = (a: Settings): Settings => ({
  vpcId: a.vpcId,
  instanceId: a.instanceId,
  port: a.port,
  ...(a.vpcTargetHostName ? { vpcTargetHostName: a.vpcTargetHostName } : {}),
});

const pendingResult = (api: PublishedApi): TaskApiResult => ({
  apiId: api.apiId,
  apiName: api.apiName,
  groupId: api.groupId,
  groupName: api.groupName,
  stageId: api.stageId,
  stageName: api.stageName,
  status: 'pending',
});

const kind = 'vpc-authorization';

export class VpcAuthorizationService {
  constructor(
    private readonly clouds: CloudClients,
    private readonly tasks: TaskService,
    private readonly audit: AuditLog,
  ) {}

  async list(query: VpcAuthorizationListQuery): Promise<VpcAuthorizationList> {
    const gw = this.clouds.alibaba(query.profile);
    const page = await vpcAccess.listVpcAuthorizations(gw, query);
    // A count that cannot be fetched must not hide the list: it shows as unknown.
    const items = await pMap(page.items, async (item) => ({ ...item, boundApiCount: await vpcAccess.countBoundApis(gw, item.name).catch(() => null) }), {
      concurrency: COUNT_CONCURRENCY,
    });
    return { ...page, items };
  }

  async get(name: string, profile?: string): Promise<VpcAuthorizationDetail> {
    const gw = this.clouds.alibaba(profile);
    const authorization = await this.require(gw, name);
    return { authorization, boundApis: await vpcAccess.listBoundApis(gw, name) };
  }

  async create(actor: Actor, input: CreateVpcAuthorization, profile?: string, revertOf?: string) {
    const gw = this.clouds.alibaba(profile);
    // A new authorization has no tags yet: a grant scoped by name covers it, one scoped by tags does not.
    await guardResource(actor, 'change', { kind, profile: gw.profile.id, name: input.name, tags: {} });
    const result = await audited(
      this.audit,
      actor,
      target(gw, 'SetVpcAccess', input.name),
      { before: null, after: input },
      () => vpcAccess.createVpcAuthorization(gw, input),
      revertOf,
    );
    return { id: result.id, name: input.name, auditEventId: result.auditEventId };
  }

  async modify(actor: Actor, name: string, input: ModifyVpcAuthorization, profile?: string, revertOf?: string): Promise<ModifiedVpcAuthorization & { auditEventId: string }> {
    const gw = this.clouds.alibaba(profile);
    const current = await this.require(gw, name);
    await guardResource(actor, 'change', { kind, profile: gw.profile.id, name, tags: current.tags ?? {} });
    const boundApis = input.needBatchWork ? await vpcAccess.listBoundApis(gw, name) : [];
    await guardApis(actor, kind, gw.profile.id, boundApis, () => groupTags(gw));
    const clientToken = input.clientToken ?? randomUUID();
    const change = { before: settingsOf(current), after: { ...settingsOf(input), needBatchWork: input.needBatchWork, refresh: input.refresh } };
    return audited(
      this.audit,
      actor,
      target(gw, 'ModifyVpcAccessAndUpdateApis', name),
      change,
      async () => {
        const { operationId, requestId } = await vpcAccess.modifyVpcAuthorization(gw, name, { ...input, clientToken });
        if (!input.needBatchWork || !operationId) return { ...(operationId ? { operationId } : {}), requestId };
        const task = await this.tasks.start({
          kind: 'vpc-authorization-update',
          cloud: 'alibaba',
          profile: gw.profile.id,
          operationId,
          targetName: name,
          apis: boundApis.map(pendingResult),
        });
        const { apis: _apis, ...summary } = task;
        return { operationId, task: summary, requestId, taskId: task.id };
      },
      revertOf,
    ).then(({ requestId: _r, taskId: _t, ...rest }) => rest);
  }

  async remove(actor: Actor, name: string, profile?: string, revertOf?: string): Promise<RemovedVpcAuthorization & { auditEventId: string }> {
    const gw = this.clouds.alibaba(profile);
    const current = await this.require(gw, name);
    await guardResource(actor, 'change', { kind, profile: gw.profile.id, name, tags: current.tags ?? {} });
    // Removing it unbinds every API that uses it.
    await guardApis(
      actor,
      kind,
      gw.profile.id,
      () => vpcAccess.listBoundApis(gw, name),
      () => groupTags(gw),
    );
    const result = await audited(
      this.audit,
      actor,
      target(gw, 'RemoveVpcAccess', name),
      { before: { ...settingsOf(current), description: current.description }, after: null },
      () => vpcAccess.removeVpcAuthorization(gw, current),
      revertOf,
    );
    return { unboundApis: result.unboundApis, auditEventId: result.auditEventId };
  }

  /** Undoing a change: the before state comes back, if nobody changed the authorization since. */
  reverter(): Reverter {
    return {
      preview: (event) => this.revertPreview(event),
      apply: async (actor, event, clientToken) => {
        const preview = await this.revertPreview(event);
        if (preview.conflict) throw new AppError(ErrorCode.conflict, preview.conflict, 409);
        const profile = event.profile;
        const before = event.before as Settings | null;
        if (event.operation === 'ModifyVpcAccessAndUpdateApis' && before) {
          const result = await this.modify(
            actor,
            event.target,
            { ...settingsOf(before), needBatchWork: true, refresh: false, ...(clientToken ? { clientToken } : {}) },
            profile,
            event.id,
          );
          return { auditEventId: result.auditEventId, ...(result.task ? { task: result.task } : {}) };
        }
        if (event.operation === 'SetVpcAccess') return { auditEventId: (await this.remove(actor, event.target, profile, event.id)).auditEventId };
        if (event.operation === 'RemoveVpcAccess' && before) {
          const created = await this.create(
            actor,
            { name: event.target, ...settingsOf(before), ...(before.description ? { description: before.description } : {}) },
            profile,
            event.id,
          );
          return { auditEventId: created.auditEventId };
        }
        throw new AppError(ErrorCode.conflict, 'This change cannot be reverted.', 409);
      },
    };
  }

  private async revertPreview(event: AuditEvent): Promise<RevertPreview> {
    const gw = this.clouds.alibaba(event.profile);
    const found = await vpcAccess.findVpcAuthorization(gw, event.target);
    const current = found ? settingsOf(found) : null;
    const expected = event.after === null ? null : settingsOf(event.after as Settings);
    const restore = event.before === null ? null : settingsOf(event.before as Settings);
    const conflict = describeConflict(current, expected);
    return { event, current, restore, ...(conflict ? { conflict } : {}) };
  }

  private async require(gw: AlibabaGateway, name: string) {
    const found = await vpcAccess.findVpcAuthorization(gw, name);
    if (!found) throw new AppError(ErrorCode.notFound, `No VPC authorization named "${name}".`, 404);
    return found;
  }
}

export const revertibleVpcOperations = new Set(['ModifyVpcAccessAndUpdateApis', 'SetVpcAccess', 'RemoveVpcAccess']);

function target(gw: AlibabaGateway, operation: string, name: string): AuditTarget {
  return {
    cloud: 'alibaba',
    profile: gw.profile.id,
    region: gw.profile.region,
    operation,
    resourceType: 'vpc-authorization',
    target: name,
    resource: { kind: 'vpc-authorization', name },
  };
}

/** The state must still be what the change left; otherwise undoing it would undo someone else's work too. */
function describeConflict(current: Settings | null, expected: Settings | null): string | undefined {
  if (expected === null) return current === null ? undefined : 'It was created again since this change; revert refused.';
  if (current === null) return 'It no longer exists; revert refused.';
  const changed = (Object.keys(expected) as (keyof Settings)[]).filter((key) => String(current[key] ?? '') !== String(expected[key] ?? ''));
  if (changed.length === 0) return undefined;
  const details = changed.map((key) => `${key} is now ${String(current[key] ?? '(empty)')}, the change set ${String(expected[key] ?? '(empty)')}`);
  return `It has changed since: ${details.join('; ')}. Revert refused.`;
}
