import { guardResource } from './access/guard.ts';
import { isDeepStrictEqual } from 'node:util';
import pMap from 'p-map';
import { ErrorCode } from '@portico/contracts/errors';
import type { AuditEvent, RevertPreview } from '@portico/contracts/audit';
import {
  sharedPortConflicts,
  type ConnectionAction,
  type ConnectionActionResult,
  type PermissionAction,
  type ServicePermissionList,
  type EndpointService,
  type EndpointServiceDetail,
  type EndpointServiceList,
  type EndpointServiceListQuery,
  type UpdateEndpointService,
} from '@portico/contracts/endpoint-services';
import * as vpcep from '../clouds/huawei/endpoint-services.ts';
import type { HuaweiGateway } from '../clouds/huawei/client.ts';
import type { CloudClients } from '../clouds/cloud-clients.ts';
import { AppError, keyedFields, type KeyedField } from '../errors.ts';
import type { Actor, AuditLog } from './audit/audit-log.ts';
import { audited } from './audit/audited.ts';
import type { Reverter } from './reverts.ts';

const COUNT_CONCURRENCY = 5;
type Field = keyof UpdateEndpointService;

/** The current values of exactly the fields a change names, for the audit log's before/after. */
function pick(service: EndpointService, fields: Field[]): UpdateEndpointService {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = field === 'ports' ? service.ports.map((p) => ({ ...p, protocol: 'TCP' as const })) : service[field];
    if (value !== undefined) out[field] = value;
  }
  return out as UpdateEndpointService;
}

/** Deep equality regardless of key order (the database's jsonb reorders keys). */
const same = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null);

export class EndpointServiceService {
  constructor(
    private readonly clouds: CloudClients,
    private readonly audit: AuditLog,
  ) {}

  async list(query: EndpointServiceListQuery): Promise<EndpointServiceList> {
    const gw = this.clouds.huawei(query.profile);
    const page = await vpcep.listEndpointServices(gw, query);
    const items = await pMap(page.items, async (s) => ({ ...s, connectionCount: await vpcep.countConnections(gw, s.id).catch(() => null) }), {
      concurrency: COUNT_CONCURRENCY,
    });
    return { ...page, items };
  }

  async get(id: string, profile?: string): Promise<EndpointServiceDetail> {
    const gw = this.clouds.huawei(profile);
    const [service, connections] = await Promise.all([vpcep.getEndpointService(gw, id), vpcep.listConnections(gw, id)]);
    return { service, connections: connections.items, sharingPortId: await this.sharing(gw, service) };
  }

  /** A service by its name (its id when unnamed) and the cloud's tags. */
  private guard(actor: Actor, profile: string, service: EndpointService): Promise<void> {
    return guardResource(actor, 'change', { kind: 'endpoint-service', profile, name: service.serviceName || service.id, tags: service.tags ?? {} });
  }

  async update(actor: Actor, id: string, change: UpdateEndpointService, profile?: string, revertOf?: string) {
    const gw = this.clouds.huawei(profile);
    const current = await vpcep.getEndpointService(gw, id);
    await this.guard(actor, gw.profile.id, current);
    if (change.ports) this.checkSharedPorts(change, await this.sharing(gw, { ...current, portId: change.portId ?? current.portId }));
    const fields = Object.keys(change) as Field[];
    const target = {
      cloud: 'huawei' as const,
      profile: gw.profile.id,
      region: gw.profile.region,
      operation: 'UpdateEndpointService',
      resourceType: 'endpoint-service' as const,
      target: `${current.serviceName || id} (${id})`,
      resource: { kind: 'endpoint-service' as const, id },
    };
    const { service, auditEventId } = await audited(
      this.audit,
      actor,
      target,
      { before: { id, ...pick(current, fields) }, after: { id, ...change } },
      () => vpcep.updateEndpointService(gw, id, change),
      revertOf,
    );
    return { service, auditEventId };
  }

  /** Only connections waiting, accepted or rejected can change; the rest is refused here, before the cloud. */
  async actOnConnections(actor: Actor, id: string, action: ConnectionAction, profile?: string): Promise<ConnectionActionResult & { auditEventId: string }> {
    const gw = this.clouds.huawei(profile);
    const [current, connections] = await Promise.all([vpcep.getEndpointService(gw, id), vpcep.listConnections(gw, id)]);
    await this.guard(actor, gw.profile.id, current);
    const named = action.endpointIds.map((endpointId) => connections.items.find((c) => c.id === endpointId));
    const keyed: Record<string, KeyedField> = {};
    named.forEach((c, i) => {
      if (!c) keyed[`endpointIds.${i}`] = { key: 'notConnectionOfService' };
      else if (!['pendingAcceptance', 'accepted', 'rejected'].includes(c.status))
        keyed[`endpointIds.${i}`] = { key: 'connectionNotActionable', params: { status: c.status, action: action.action } };
    });
    if (Object.keys(keyed).length > 0) {
      const details = keyedFields(keyed);
      throw new AppError(ErrorCode.validation, `Invalid body: ${Object.values(details.fields)[0]}`, 400, details);
    }
    const before = { id, connections: named.map((c) => ({ id: c?.id, status: c?.status, domainId: c?.domainId })) };
    const status = action.action === 'accept' ? 'accepted' : 'rejected';
    const after = { id, connections: named.map((c) => ({ id: c?.id, status, domainId: c?.domainId })) };
    const operation = action.action === 'accept' ? 'AcceptEndpointConnections' : 'RejectEndpointConnections';
    const result = await audited(this.audit, actor, this.target(gw, operation, current, id), { before, after }, () => vpcep.actOnConnections(gw, id, action));
    return { connections: result.connections, auditEventId: result.auditEventId };
  }

  async permissions(id: string, profile?: string): Promise<ServicePermissionList> {
    const gw = this.clouds.huawei(profile);
    return { permissions: await vpcep.listPermissions(gw, id) };
  }

  async changePermissions(actor: Actor, id: string, change: PermissionAction, profile?: string): Promise<ServicePermissionList & { auditEventId: string }> {
    const gw = this.clouds.huawei(profile);
    const [current, existing] = await Promise.all([vpcep.getEndpointService(gw, id), vpcep.listPermissions(gw, id)]);
    await this.guard(actor, gw.profile.id, current);
    const before = existing.map((p) => p.accountId).sort();
    const after = change.action === 'add' ? [...new Set([...before, ...change.accountIds])].sort() : before.filter((a) => !change.accountIds.includes(a));
    const operation = change.action === 'add' ? 'AddServicePermissions' : 'RemoveServicePermissions';
    const result = await audited(this.audit, actor, this.target(gw, operation, current, id), { before: { id, whitelist: before }, after: { id, whitelist: after } }, () =>
      vpcep.changePermissions(gw, id, change),
    );
    return { permissions: await vpcep.listPermissions(gw, id), auditEventId: result.auditEventId };
  }

  private target(gw: HuaweiGateway, operation: string, service: EndpointService, id: string) {
    return {
      cloud: 'huawei' as const,
      profile: gw.profile.id,
      region: gw.profile.region,
      operation,
      resourceType: 'endpoint-service' as const,
      target: `${service.serviceName || id} (${id})`,
    };
  }

  reverter(): Reverter {
    return {
      preview: (event) => this.revertPreview(event),
      apply: async (actor, event) => {
        const preview = await this.revertPreview(event);
        if (preview.conflict) throw new AppError(ErrorCode.conflict, preview.conflict, 409);
        const { id, ...restore } = event.before as { id: string } & UpdateEndpointService;
        const result = await this.update(actor, id, restore, event.profile, event.id);
        return { auditEventId: result.auditEventId };
      },
    };
  }

  private async revertPreview(event: AuditEvent): Promise<RevertPreview> {
    const { id, ...after } = event.after as { id: string } & UpdateEndpointService;
    const { id: _id, ...before } = event.before as { id: string } & UpdateEndpointService;
    const gw = this.clouds.huawei(event.profile);
    const current = pick(await vpcep.getEndpointService(gw, id), Object.keys(after) as Field[]);
    const changed = (Object.keys(after) as Field[]).filter((field) => !same(current[field], after[field]));
    const conflict = changed.length > 0 ? `It has changed since (${changed.join(', ')}); revert refused.` : undefined;
    return { event, current, restore: before, ...(conflict ? { conflict } : {}) };
  }

  /** Other services on the same backend port_id: their (server port, protocol) pairs are taken. */
  private async sharing(gw: HuaweiGateway, service: Pick<EndpointService, 'id' | 'portId'>) {
    if (!service.portId) return [];
    const all = await vpcep.allEndpointServices(gw);
    return all.filter((s) => s.id !== service.id && s.portId === service.portId).map((s) => ({ id: s.id, serviceName: s.serviceName, ports: s.ports }));
  }

  /** The rule that needs the other services, checked here before the cloud is called; it names the service. */
  private checkSharedPorts(change: UpdateEndpointService, others: Awaited<ReturnType<EndpointServiceService['sharing']>>): void {
    const conflicts = sharedPortConflicts(change.ports ?? [], others);
    if (conflicts.size === 0) return;
    const details = keyedFields(
      Object.fromEntries([...conflicts].map(([row, { params }]) => [`ports.${row}.serverPort`, { key: params.messageKey, params: params.messageParams }])),
    );
    throw new AppError(ErrorCode.validation, `Invalid body: ${Object.values(details.fields)[0]}`, 400, details);
  }
}

export const revertibleEndpointServiceOperations = new Set(['UpdateEndpointService']);
