import { guardApis, guardResource } from './access/guard.ts';
import { groupTags } from '../clouds/alibaba/published-apis.ts';
import pMap from 'p-map';
import { ErrorCode } from '@portico/contracts/errors';
import type { AuditEvent, RevertPreview } from '@portico/contracts/audit';
import {
  policyItemInputFor,
  type IpControl,
  type IpControlDetail,
  type IpControlList,
  type IpControlListQuery,
  type PolicyItem,
  type PolicyItemChanged,
  type PolicyItemInput,
} from '@portico/contracts/ip-controls';
import * as acl from '../clouds/alibaba/ip-controls.ts';
import type { AlibabaGateway } from '../clouds/alibaba/client.ts';
import type { CloudClients } from '../clouds/cloud-clients.ts';
import { AppError, parsePart } from '../errors.ts';
import type { Actor, AuditLog, AuditTarget } from './audit/audit-log.ts';
import { audited } from './audit/audited.ts';
import type { Reverter } from './reverts.ts';

const COUNT_CONCURRENCY = 5;

/** A policy item as the audit log keeps it: enough to find it again and to put it back. */
interface ItemState {
  ipControlId: string;
  ipControlName: string;
  policyItemId: string;
  cidrs: string[];
  appId?: string;
}

const stateOf = (control: IpControl, item: { id: string; cidrs: string[]; appId?: string | undefined }): ItemState => ({
  ipControlId: control.id,
  ipControlName: control.name,
  policyItemId: item.id,
  cidrs: item.cidrs,
  ...(item.appId ? { appId: item.appId } : {}),
});

const sameItem = (a: Pick<ItemState, 'cidrs' | 'appId'>, b: Pick<ItemState, 'cidrs' | 'appId'>) =>
  [...a.cidrs].sort().join(';') === [...b.cidrs].sort().join(';') && (a.appId ?? '') === (b.appId ?? '');

export const revertibleIpControlOperations = new Set(['AddIpControlPolicyItem', 'ModifyIpControlPolicyItem', 'RemoveIpControlPolicyItem']);

export class IpControlService {
  constructor(
    private readonly clouds: CloudClients,
    private readonly audit: AuditLog,
  ) {}

  async list(query: IpControlListQuery): Promise<IpControlList> {
    const gw = this.clouds.alibaba(query.profile);
    const page = await acl.listIpControls(gw, query);
    const items = await pMap(
      page.items,
      async (item) => {
        const [policyItemCount, boundApiCount] = await Promise.all([
          acl.countPolicyItems(gw, item.id).catch(() => null),
          acl.countApisByIpControl(gw, item.id).catch(() => null),
        ]);
        return { ...item, policyItemCount, boundApiCount };
      },
      { concurrency: COUNT_CONCURRENCY },
    );
    return { ...page, items };
  }

  async get(id: string, profile?: string): Promise<IpControlDetail> {
    const gw = this.clouds.alibaba(profile);
    const ipControl = await this.require(gw, id);
    const [policyItems, boundApis] = await Promise.all([acl.listPolicyItems(gw, id), acl.listApisByIpControl(gw, id)]);
    return { ipControl, policyItems, boundApis };
  }

  async add(actor: Actor, id: string, input: PolicyItemInput, profile?: string, revertOf?: string): Promise<PolicyItemChanged & { auditEventId: string }> {
    const gw = this.clouds.alibaba(profile);
    const control = await this.require(gw, id);
    await this.guard(actor, gw, control);
    const item = this.checkForType(control, input);
    const after = stateOf(control, { id: '(new)', ...item });
    const result = await audited(
      this.audit,
      actor,
      target(gw, 'AddIpControlPolicyItem', control, '(new)'),
      { before: null, after },
      () => acl.addPolicyItem(gw, id, item),
      revertOf,
    );
    // The new item's id is known only now: record it so the add can be found and reverted.
    await this.audit.amendAfter(result.auditEventId, { ...after, policyItemId: result.id }, `${control.name}#${result.id}`);
    return { policyItem: { id: result.id, ...item }, affectedApiCount: await acl.countApisByIpControl(gw, id), auditEventId: result.auditEventId };
  }

  async modify(actor: Actor, id: string, itemId: string, input: PolicyItemInput, profile?: string, revertOf?: string): Promise<PolicyItemChanged & { auditEventId: string }> {
    const gw = this.clouds.alibaba(profile);
    const control = await this.require(gw, id);
    await this.guard(actor, gw, control);
    const item = this.checkForType(control, input);
    const current = await this.requireItem(gw, control, itemId);
    const result = await audited(
      this.audit,
      actor,
      target(gw, 'ModifyIpControlPolicyItem', control, itemId),
      { before: stateOf(control, current), after: stateOf(control, { id: itemId, ...item }) },
      () => acl.modifyPolicyItem(gw, id, itemId, item),
      revertOf,
    );
    return { policyItem: { id: itemId, ...item }, affectedApiCount: await acl.countApisByIpControl(gw, id), auditEventId: result.auditEventId };
  }

  async remove(actor: Actor, id: string, itemId: string, profile?: string, revertOf?: string) {
    const gw = this.clouds.alibaba(profile);
    const control = await this.require(gw, id);
    await this.guard(actor, gw, control);
    const current = await this.requireItem(gw, control, itemId);
    const result = await audited(
      this.audit,
      actor,
      target(gw, 'RemoveIpControlPolicyItem', control, itemId),
      { before: stateOf(control, current), after: null },
      () => acl.removePolicyItem(gw, id, itemId),
      revertOf,
    );
    return { removed: true as const, affectedApiCount: await acl.countApisByIpControl(gw, id), auditEventId: result.auditEventId };
  }

  reverter(): Reverter {
    return {
      preview: (event) => this.revertPreview(event),
      apply: async (actor, event) => {
        const preview = await this.revertPreview(event);
        if (preview.conflict) throw new AppError(ErrorCode.conflict, preview.conflict, 409);
        const before = event.before as ItemState | null;
        const after = event.after as ItemState | null;
        const restore = (s: ItemState): PolicyItemInput => ({ cidrs: s.cidrs, ...(s.appId ? { appId: s.appId } : {}) });
        let result: { auditEventId: string };
        if (event.operation === 'ModifyIpControlPolicyItem' && before)
          result = await this.modify(actor, before.ipControlId, before.policyItemId, restore(before), event.profile, event.id);
        else if (event.operation === 'AddIpControlPolicyItem' && after) result = await this.remove(actor, after.ipControlId, after.policyItemId, event.profile, event.id);
        else if (event.operation === 'RemoveIpControlPolicyItem' && before) result = await this.add(actor, before.ipControlId, restore(before), event.profile, event.id);
        else throw new AppError(ErrorCode.conflict, 'This change cannot be reverted.', 409);
        return { auditEventId: result.auditEventId };
      },
    };
  }

  private async revertPreview(event: AuditEvent): Promise<RevertPreview> {
    const gw = this.clouds.alibaba(event.profile);
    const before = event.before as ItemState | null;
    const after = event.after as ItemState | null;
    const ref = (after ?? before)!;
    const items = await acl.listPolicyItems(gw, ref.ipControlId).catch(() => [] as PolicyItem[]);
    const current = after ? items.find((i) => i.id === after.policyItemId) : undefined;
    let conflict: string | undefined;
    if (after && !current) conflict = 'The policy item no longer exists; revert refused.';
    else if (after && current && !sameItem(after, current)) conflict = `The policy item has changed since (now ${current.cidrs.join(', ')}); revert refused.`;
    return {
      event,
      current: current ? { cidrs: current.cidrs, appId: current.appId } : null,
      restore: before ? { cidrs: before.cidrs, appId: before.appId } : null,
      ...(conflict ? { conflict } : {}),
    };
  }

  /** AppId only with ALLOW: this rule needs the list's type, which only the cloud knows. */
  private checkForType(control: IpControl, input: PolicyItemInput): PolicyItemInput {
    return parsePart(policyItemInputFor(control.type), input, 'body');
  }

  /** The list by name (ACLs carry no tags), then every API it guards, by stage. */
  private async guard(actor: Actor, gw: AlibabaGateway, control: IpControl): Promise<void> {
    await guardResource(actor, 'change', { kind: 'ip-control', profile: gw.profile.id, name: control.name, tags: {} });
    await guardApis(
      actor,
      'ip-control',
      gw.profile.id,
      () => acl.listApisByIpControl(gw, control.id),
      () => groupTags(gw),
    );
  }

  private async require(gw: AlibabaGateway, id: string): Promise<IpControl> {
    const found = await acl.findIpControl(gw, id);
    if (!found) throw new AppError(ErrorCode.notFound, `No IP access control list with id "${id}".`, 404);
    return found;
  }

  private async requireItem(gw: AlibabaGateway, control: IpControl, itemId: string): Promise<PolicyItem> {
    const item = (await acl.listPolicyItems(gw, control.id)).find((i) => i.id === itemId);
    if (!item) throw new AppError(ErrorCode.notFound, `No policy item "${itemId}" in ${control.name}.`, 404);
    return item;
  }
}

function target(gw: AlibabaGateway, operation: string, control: IpControl, itemId: string): AuditTarget {
  return {
    cloud: 'alibaba',
    profile: gw.profile.id,
    region: gw.profile.region,
    operation,
    resourceType: 'ip-control',
    target: `${control.name}#${itemId}`,
    resource: { kind: 'ip-control', id: control.id },
  };
}
