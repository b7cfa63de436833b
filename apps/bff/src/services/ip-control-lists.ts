import { guardResource } from './access/guard.ts';
import { ErrorCode } from '@portico/contracts/errors';
import {
  CreateIpControlChecked,
  type ApiGroupList,
  type BindableApis,
  type CreatedIpControl,
  type CreateIpControl,
  type DeletedIpControl,
  type IpControl,
  type IpControlApis,
  type IpControlApisChanged,
  type ModifiedIpControl,
  type ModifyIpControl,
} from '@portico/contracts/ip-controls';
import type { StageName } from '@portico/contracts/published-apis';
import * as acl from '../clouds/alibaba/ip-controls.ts';
import { listApiGroups, listDeployedApis } from '../clouds/alibaba/published-apis.ts';
import type { AlibabaGateway } from '../clouds/alibaba/client.ts';
import type { CloudClients } from '../clouds/cloud-clients.ts';
import { AppError, keyedFields, parsePart } from '../errors.ts';
import type { Actor, AuditLog, AuditTarget } from './audit/audit-log.ts';
import { audited } from './audit/audited.ts';

/**
 * The ACLs themselves (create, rename, delete) and which published APIs each guards, per stage.
 * Their policy items are IpControlService's.
 */
export class IpControlListService {
  constructor(
    private readonly clouds: CloudClients,
    private readonly audit: AuditLog,
  ) {}

  async create(actor: Actor, input: CreateIpControl, profile?: string): Promise<CreatedIpControl & { auditEventId: string }> {
    const checked = parsePart(CreateIpControlChecked, input, 'body');
    const gw = this.clouds.alibaba(profile);
    await guardResource(actor, 'change', { kind: 'ip-control', profile: gw.profile.id, name: checked.name, tags: {} });
    const after = { ipControlId: '(new)', ...checked, policyItems: checked.policyItems ?? [] };
    const result = await audited(this.audit, actor, target(gw, 'CreateIpControl', checked.name), { before: null, after }, () => acl.createIpControl(gw, checked));
    await this.audit.amendAfter(result.auditEventId, { ...after, ipControlId: result.id }, checked.name);
    const ipControl: IpControl = {
      id: result.id,
      name: checked.name,
      type: checked.type,
      ...(checked.description ? { description: checked.description } : {}),
      regionId: gw.profile.region,
    };
    return { ipControl, auditEventId: result.auditEventId };
  }

  async modify(actor: Actor, id: string, input: ModifyIpControl, profile?: string): Promise<ModifiedIpControl & { auditEventId: string }> {
    const gw = this.clouds.alibaba(profile);
    const current = await this.require(gw, id);
    // A rename must stay inside the grants too: the new name is what they are matched against next time.
    await guardResource(actor, 'change', { kind: 'ip-control', profile: gw.profile.id, name: current.name, tags: {} });
    await guardResource(actor, 'change', { kind: 'ip-control', profile: gw.profile.id, name: input.name, tags: {} });
    const before = { ipControlId: id, name: current.name, description: current.description ?? '' };
    const after = { ipControlId: id, name: input.name, description: input.description };
    const result = await audited(this.audit, actor, target(gw, 'ModifyIpControl', current.name), { before, after }, () => acl.modifyIpControl(gw, id, input));
    const ipControl: IpControl = { ...current, name: input.name, ...(input.description ? { description: input.description } : {}) };
    if (!input.description) delete ipControl.description;
    return { ipControl, affectedApiCount: await acl.countApisByIpControl(gw, id), auditEventId: result.auditEventId };
  }

  /** Refused here, before any cloud call, while the ACL still guards APIs (the cloud would refuse too). */
  async delete(actor: Actor, id: string, profile?: string): Promise<DeletedIpControl & { auditEventId: string }> {
    const gw = this.clouds.alibaba(profile);
    const current = await this.require(gw, id);
    await guardResource(actor, 'change', { kind: 'ip-control', profile: gw.profile.id, name: current.name, tags: {} });
    const bound = await acl.countApisByIpControl(gw, id);
    if (bound > 0) {
      throw new AppError(
        ErrorCode.conflict,
        `${current.name} still guards ${bound} published ${bound === 1 ? 'API' : 'APIs'}. Remove ${bound === 1 ? 'it' : 'them'} from the list first, then delete it.`,
        409,
      );
    }
    const policyItems = await acl.listPolicyItems(gw, id);
    const before = { ipControlId: id, name: current.name, type: current.type, description: current.description ?? '', policyItems };
    const result = await audited(this.audit, actor, target(gw, 'DeleteIpControl', current.name), { before, after: null }, () => acl.deleteIpControl(gw, id));
    return { deleted: true, auditEventId: result.auditEventId };
  }

  async groups(profile?: string): Promise<ApiGroupList> {
    const gw = this.clouds.alibaba(profile);
    return { groups: (await listApiGroups(gw)).sort((a, b) => a.name.localeCompare(b.name)) };
  }

  /** The APIs published in a group's stage, each with the ACL that guards it there now. */
  async bindable(id: string, groupId: string, stageName: StageName, profile?: string): Promise<BindableApis> {
    const gw = this.clouds.alibaba(profile);
    await this.require(gw, id);
    const group = (await listApiGroups(gw)).find((g) => g.id === groupId);
    if (!group) throw new AppError(ErrorCode.notFound, `No API group with id "${groupId}".`, 404, keyedFields({ groupId: { key: 'notApiGroupOfRegion' } }));
    const [apis, guards] = await Promise.all([listDeployedApis(gw, group, stageName), acl.apiIpControls(gw, groupId, stageName)]);
    return {
      apis: apis.map((api) => {
        const guard = guards.get(api.apiId);
        return {
          apiId: api.apiId,
          apiName: api.apiName,
          groupId: api.groupId,
          groupName: api.groupName,
          stageId: '',
          stageName: api.stageName,
          ...(api.method ? { method: api.method } : {}),
          ...(api.path ? { path: api.path } : {}),
          ...(guard ? { ipControlId: guard.id, ipControlName: guard.name } : {}),
        };
      }),
    };
  }

  async bind(actor: Actor, id: string, input: IpControlApis, profile?: string): Promise<IpControlApisChanged & { auditEventId: string }> {
    return this.changeApis(actor, id, input, 'SetIpControlApis', profile);
  }

  async unbind(actor: Actor, id: string, input: IpControlApis, profile?: string): Promise<IpControlApisChanged & { auditEventId: string }> {
    return this.changeApis(actor, id, input, 'RemoveIpControlApis', profile);
  }

  private async changeApis(
    actor: Actor,
    id: string,
    input: IpControlApis,
    operation: 'SetIpControlApis' | 'RemoveIpControlApis',
    profile?: string,
  ): Promise<IpControlApisChanged & { auditEventId: string }> {
    const gw = this.clouds.alibaba(profile);
    const current = await this.require(gw, id);
    // Which APIs an ACL guards is a per-stage change: a grant limited to stages decides it.
    await guardResource(actor, 'change', { kind: 'ip-control', profile: gw.profile.id, name: current.name, tags: {}, stage: input.stageName });
    const guards = await acl.apiIpControls(gw, input.groupId, input.stageName);
    const guardedHere = input.apiIds.filter((apiId) => guards.get(apiId)?.id === id);
    const movedFrom = input.apiIds.flatMap((apiId) => {
      const guard = guards.get(apiId);
      return guard && guard.id !== id ? [{ apiId, ipControlId: guard.id, ipControlName: guard.name }] : [];
    });
    const scope = { ipControlId: id, name: current.name, groupId: input.groupId, stageName: input.stageName };
    const before = { ...scope, apiIds: guardedHere, ...(operation === 'SetIpControlApis' && movedFrom.length > 0 ? { guardedByOthers: movedFrom } : {}) };
    const after = { ...scope, apiIds: operation === 'SetIpControlApis' ? input.apiIds : [] };
    const run = () => (operation === 'SetIpControlApis' ? acl.setIpControlApis(gw, id, input) : acl.removeIpControlApis(gw, id, input));
    const result = await audited(this.audit, actor, target(gw, operation, `${current.name}@${input.stageName}`), { before, after }, run);
    return { boundApis: await acl.listApisByIpControl(gw, id), auditEventId: result.auditEventId };
  }

  private async require(gw: AlibabaGateway, id: string): Promise<IpControl> {
    const found = await acl.findIpControl(gw, id);
    if (!found) throw new AppError(ErrorCode.notFound, `No IP access control list with id "${id}".`, 404);
    return found;
  }
}

function target(gw: AlibabaGateway, operation: string, name: string): AuditTarget {
  return { cloud: 'alibaba', profile: gw.profile.id, region: gw.profile.region, operation, resourceType: 'ip-control', target: name };
}
