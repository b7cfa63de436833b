import type { CallContext } from '../../core/context.ts';
import { isoSeconds } from '../../core/time.ts';
import { randomUUID } from 'node:crypto';
import {
  CONNECTION_STATUSES,
  type ConnectionActionRequest,
  type ConnectionActionResponse,
  type ListServicePermissionsRequest,
  type ListServicePermissionsResponse,
  type PermissionActionRequest,
  type PermissionActionResponse,
  type ServicePermission,
  type ConnectionEndpoint,
  type EndpointServiceDetail,
  type EndpointServiceSummary,
  type ListEndpointServicesRequest,
  type ListEndpointServicesResponse,
  type ListServiceConnectionsRequest,
  type ListServiceConnectionsResponse,
  type PortList,
  type PortMappingInput,
  SERVICE_STATUSES,
  type SortDir,
  type SortKey,
  TCP_PROXY_VALUES,
  type TcpProxy,
  type UpdateEndpointServiceRequest,
  type VpcepApi,
} from './api.ts';
import {
  InvalidLimitError,
  InvalidMarkerIdError,
  InvalidOffsetError,
  InvalidPortError,
  InvalidPortIdError,
  InvalidProtocolError,
  InvalidServiceNameError,
  InvalidServicePortError,
  InvalidSortDirError,
  InvalidSortKeyError,
  InvalidStatusError,
  InvalidVipPortIdError,
  MaxPortsError,
  ParameterError,
  PortOrProtocolEmptyError,
  PortsConflictError,
  ResourceNotFoundError,
  ServiceStateError,
} from './errors.ts';
import type { ConnectionRecord, EndpointServiceRecord, PermissionRecord, VpcepProjectState, VpcepStore } from './store.ts';

/** Documented paging: limit 0 to 1000 (default 10), offset from 0. */
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 1000;
/** At most 200 port mappings per request. */
export const MAX_PORTS = 200;
export const MAX_DESCRIPTION_LENGTH = 512;
/** The list filter's documented maximum. */
export const MAX_NAME_FILTER_LENGTH = 128;

const SERVICE_NAME = /^[A-Za-z0-9_-]{0,16}$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

interface Paging {
  readonly limit: number;
  readonly offset: number;
  readonly sortKey: SortKey;
  readonly sortDir: SortDir;
}

/** Both spellings the documentation uses (create_at in the current pages, created_at in older ones). */
function sortKeyOf(value: string | undefined): SortKey {
  if (value === undefined || value === '') return 'created_at';
  if (value === 'create_at' || value === 'created_at') return 'created_at';
  if (value === 'update_at' || value === 'updated_at') return 'updated_at';
  throw new InvalidSortKeyError();
}

function sortDirOf(value: string | undefined): SortDir {
  if (value === undefined || value === '') return 'desc';
  const lower = value.toLowerCase();
  if (lower === 'asc' || lower === 'desc') return lower;
  throw new InvalidSortDirError();
}

function paging(req: { limit?: number; offset?: number; sort_key?: string; sort_dir?: string }): Paging {
  const limit = req.limit ?? DEFAULT_LIMIT;
  const offset = req.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT) throw new InvalidLimitError();
  if (!Number.isInteger(offset) || offset < 0) throw new InvalidOffsetError();
  return { limit, offset, sortKey: sortKeyOf(req.sort_key), sortDir: sortDirOf(req.sort_dir) };
}

/** Sorted by the key (ties by id, for a stable order), then one page. */
function page<T extends { createdAt: number; updatedAt: number; id: string }>(all: readonly T[], p: Paging): T[] {
  const field = p.sortKey === 'created_at' ? 'createdAt' : 'updatedAt';
  const sign = p.sortDir === 'asc' ? 1 : -1;
  const sorted = [...all].sort((a, b) => sign * (a[field] - b[field] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  return sorted.slice(p.offset, p.offset + p.limit);
}

function statusFilter<T extends string>(value: string | undefined, valid: readonly T[]): T | undefined {
  if (value === undefined || value === '') return undefined;
  const found = valid.find((v) => v === value);
  if (!found) throw new InvalidStatusError(valid);
  return found;
}

const copyPorts = (ports: readonly PortList[]): PortList[] => ports.map((p) => ({ ...p }));

/** vip_port_id is returned for VIP services only. */
const vipPortId = (record: EndpointServiceRecord): { vip_port_id?: string } =>
  record.serverType === 'VIP' && record.vipPortId !== undefined ? { vip_port_id: record.vipPortId } : {};

function summary(record: EndpointServiceRecord, state: VpcepProjectState): EndpointServiceSummary {
  const out: EndpointServiceSummary = {
    id: record.id,
    port_id: record.portId,
    ...vipPortId(record),
    service_name: record.serviceName,
    server_type: record.serverType,
    vpc_id: record.vpcId,
    approval_enabled: record.approvalEnabled,
    status: record.status,
    service_type: record.serviceType,
    created_at: isoSeconds(record.createdAt),
    updated_at: isoSeconds(record.updatedAt),
    project_id: state.projectId,
    domain_id: state.domainId,
    ports: copyPorts(record.ports),
    tags: record.tags.map((t) => ({ ...t })),
    connection_count: state.connectionsOf(record.id).filter((c) => c.status === 'creating' || c.status === 'accepted').length,
    tcp_proxy: record.tcpProxy,
    description: record.description,
  };
  if (record.error) out.error = record.error.map((e) => ({ ...e }));
  return out;
}

function detail(record: EndpointServiceRecord, state: VpcepProjectState): EndpointServiceDetail {
  const out: EndpointServiceDetail = {
    id: record.id,
    port_id: record.portId,
    ...vipPortId(record),
    service_name: record.serviceName,
    server_type: record.serverType,
    vpc_id: record.vpcId,
    pool_id: record.poolId,
    approval_enabled: record.approvalEnabled,
    status: record.status,
    service_type: record.serviceType,
    created_at: isoSeconds(record.createdAt),
    updated_at: isoSeconds(record.updatedAt),
    project_id: state.projectId,
    cidr_type: record.cidrType,
    ports: copyPorts(record.ports),
    tcp_proxy: record.tcpProxy,
    tags: record.tags.map((t) => ({ ...t })),
    description: record.description,
  };
  if (record.error) out.error = record.error.map((e) => ({ ...e }));
  return out;
}

function connection(record: ConnectionRecord): ConnectionEndpoint {
  const out: ConnectionEndpoint = {
    id: record.id,
    marker_id: record.markerId,
    created_at: isoSeconds(record.createdAt),
    updated_at: isoSeconds(record.updatedAt),
    domain_id: record.domainId,
    status: record.status,
  };
  if (record.description !== undefined) out.description = record.description;
  return out;
}

/** A whitelist record: `iam:domain::` then an account id of 1 to 64 letters and digits, or `*` for any account. */
const PERMISSION = /^iam:domain::([A-Za-z0-9]{1,64}|\*)$/;

function permission(record: PermissionRecord): ServicePermission {
  return { id: record.id, permission: record.permission, permission_type: record.permissionType, created_at: isoSeconds(record.createdAt) };
}

/** The list a body names, present and not empty, each entry once. */
function namedList(values: string[] | undefined, name: string): string[] {
  if (values === undefined) throw new ParameterError(`${name} is mandatory.`);
  if (values.length === 0) throw new ParameterError(`${name} must name at least one entry.`);
  return [...new Set(values)];
}

/** The mappings of a PUT, checked one by one and against each other (protocol defaults to TCP). */
function checkedPorts(ports: readonly PortMappingInput[]): PortList[] {
  if (ports.length > MAX_PORTS) throw new MaxPortsError(ports.length, MAX_PORTS);
  if (ports.length === 0) throw new PortOrProtocolEmptyError('ports must hold at least one mapping.');
  const byClientPort = new Map<number, number>();
  return ports.map((p, i) => {
    const at = `ports[${i}]`;
    if (p.client_port === undefined || p.server_port === undefined) {
      throw new PortOrProtocolEmptyError(`${at} needs client_port and server_port.`);
    }
    if (!Number.isInteger(p.client_port) || p.client_port < 1 || p.client_port > 65535) {
      throw new InvalidPortError(`${at}.client_port must be an integer from 1 to 65535; got ${p.client_port}.`);
    }
    if (!Number.isInteger(p.server_port) || p.server_port < 1 || p.server_port > 65535) {
      throw new InvalidServicePortError(`${at}.server_port must be an integer from 1 to 65535; got ${p.server_port}.`);
    }
    const protocol = p.protocol ?? 'TCP';
    if (protocol !== 'TCP') throw new InvalidProtocolError(protocol);
    const earlier = byClientPort.get(p.client_port);
    if (earlier !== undefined) {
      throw new InvalidPortError(`Duplicate port mapping: ports[${earlier}] and ${at} both use client_port ${p.client_port}; a client port maps to one server port.`);
    }
    byClientPort.set(p.client_port, i);
    return { client_port: p.client_port, server_port: p.server_port, protocol };
  });
}

/** Services that share a port_id must not use the same server_port + protocol. */
function checkSharedPort(state: VpcepProjectState, record: EndpointServiceRecord, portId: string, ports: readonly PortList[]): void {
  for (const other of state.servicesOnPort(portId, record.id)) {
    for (const mine of ports) {
      const clash = other.ports.find((p) => p.server_port === mine.server_port && p.protocol === mine.protocol);
      if (clash) {
        throw new PortsConflictError(
          `server_port ${mine.server_port}/${mine.protocol} is already used on port_id ${portId} by endpoint service ${other.serviceName || '(unnamed)'} (${other.id}).`,
        );
      }
    }
  }
}

/** VPCEP's endpoint-service operations over the store. */
export class VpcepProvider implements VpcepApi {
  constructor(private readonly store: VpcepStore) {}

  listEndpointServices(ctx: CallContext, projectId: string, req: ListEndpointServicesRequest): ListEndpointServicesResponse {
    const state = this.store.project(ctx.accountId, projectId);
    const p = paging(req);
    const status = statusFilter(req.status, SERVICE_STATUSES);
    const name = req.endpoint_service_name;
    if (name !== undefined && name.length > MAX_NAME_FILTER_LENGTH) {
      throw new ParameterError(`endpoint_service_name has at most ${MAX_NAME_FILTER_LENGTH} characters.`);
    }
    const needle = name === undefined || name === '' ? undefined : name.toLowerCase();
    const matching = [...state.services.values()].filter(
      (s) =>
        (needle === undefined || s.serviceName.toLowerCase().includes(needle)) &&
        (req.id === undefined || req.id === '' || s.id === req.id) &&
        (status === undefined || s.status === status),
    );
    return { endpoint_services: page(matching, p).map((s) => summary(s, state)), total_count: matching.length };
  }

  showEndpointService(ctx: CallContext, projectId: string, serviceId: string): EndpointServiceDetail {
    const state = this.store.project(ctx.accountId, projectId);
    return detail(this.service(state, serviceId), state);
  }

  updateEndpointService(ctx: CallContext, projectId: string, serviceId: string, req: UpdateEndpointServiceRequest): EndpointServiceDetail {
    const state = this.store.project(ctx.accountId, projectId);
    const change = this.checkedChange(req);
    const record = this.service(state, serviceId);
    if (record.status !== 'available') throw new ServiceStateError(record.status);
    if (change.vipPortId !== undefined && record.serverType !== 'VIP') {
      throw new InvalidVipPortIdError(`vip_port_id applies to VIP endpoint services only; this one is ${record.serverType}.`);
    }
    const portId = change.portId ?? record.portId;
    const ports = change.ports ?? record.ports;
    if (change.ports !== undefined || change.portId !== undefined) checkSharedPort(state, record, portId, ports);

    if (change.approvalEnabled !== undefined) record.approvalEnabled = change.approvalEnabled;
    if (change.serviceName !== undefined) record.serviceName = change.serviceName;
    if (change.description !== undefined) record.description = change.description;
    if (change.tcpProxy !== undefined) record.tcpProxy = change.tcpProxy;
    if (change.vipPortId !== undefined) record.vipPortId = change.vipPortId;
    record.portId = portId;
    record.ports = copyPorts(ports);
    record.updatedAt = Math.max(ctx.now, record.updatedAt);
    return detail(record, state);
  }

  listServiceConnections(ctx: CallContext, projectId: string, serviceId: string, req: ListServiceConnectionsRequest): ListServiceConnectionsResponse {
    const state = this.store.project(ctx.accountId, projectId);
    const p = paging(req);
    const status = statusFilter(req.status, CONNECTION_STATUSES);
    let markerId: number | undefined;
    if (req.marker_id !== undefined && req.marker_id !== '') {
      if (!/^\d+$/.test(req.marker_id)) throw new InvalidMarkerIdError();
      markerId = Number(req.marker_id);
    }
    const record = this.service(state, serviceId);
    const matching = state
      .connectionsOf(record.id)
      .filter(
        (c) =>
          (req.id === undefined || req.id === '' || c.id === req.id) && (markerId === undefined || c.markerId === markerId) && (status === undefined || c.status === status),
      );
    return { connections: page(matching, p).map(connection), total_count: matching.length };
  }

  /** All or nothing: an id that is not a connection of this service, or one that cannot change now, changes none. */
  acceptOrRejectEndpoints(ctx: CallContext, projectId: string, serviceId: string, req: ConnectionActionRequest): ConnectionActionResponse {
    const state = this.store.project(ctx.accountId, projectId);
    const record = this.service(state, serviceId);
    const ids = namedList(req.endpoints, 'endpoints');
    if (req.action !== 'receive' && req.action !== 'reject') throw new ParameterError('action must be receive or reject.');
    const target = req.action === 'receive' ? 'accepted' : 'rejected';
    const connections = ids.map((id) => {
      const found = state.connectionsOf(record.id).find((c) => c.id === id);
      if (!found) throw new ResourceNotFoundError(`The VPC endpoint ${id} is not connected to the endpoint service ${record.id}.`);
      if (found.status !== 'pendingAcceptance' && found.status !== 'accepted' && found.status !== 'rejected') {
        throw new ParameterError(
          `The connection of VPC endpoint ${id} is ${found.status}; only a pendingAcceptance, accepted or rejected connection can be accepted or rejected.`,
        );
      }
      return found;
    });
    for (const c of connections) {
      if (c.status === target) continue;
      c.status = target;
      c.updatedAt = ctx.now;
    }
    return { connections: connections.map(connection) };
  }

  listServicePermissions(ctx: CallContext, projectId: string, serviceId: string, req: ListServicePermissionsRequest): ListServicePermissionsResponse {
    const state = this.store.project(ctx.accountId, projectId);
    const p = paging({ ...req, sort_key: req.sort_key ?? 'create_at' });
    const record = this.service(state, serviceId);
    const needle = req.permission?.trim();
    const matching = state.permissionsOf(record.id).filter((r) => !needle || r.permission.includes(needle));
    const sign = p.sortDir === 'asc' ? 1 : -1;
    const sorted = [...matching].sort((a, b) => sign * (a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    return { permissions: sorted.slice(p.offset, p.offset + p.limit).map(permission), total_count: matching.length };
  }

  /** Adding a record already there, or removing one that is not, changes nothing: the call is safe to repeat. */
  addOrRemoveServicePermissions(ctx: CallContext, projectId: string, serviceId: string, req: PermissionActionRequest): PermissionActionResponse {
    const state = this.store.project(ctx.accountId, projectId);
    const record = this.service(state, serviceId);
    const wanted = namedList(req.permissions, 'permissions');
    if (req.action !== 'add' && req.action !== 'remove') throw new ParameterError('action must be add or remove.');
    const bad = wanted.find((p) => !PERMISSION.test(p));
    if (bad !== undefined) {
      throw new ParameterError(`permission ${JSON.stringify(bad)} must be iam:domain:: followed by an account id of 1 to 64 letters and digits, or by *.`);
    }
    const list = state.permissionsOf(record.id);
    if (req.action === 'add') {
      for (const p of wanted) {
        if (!list.some((r) => r.permission === p)) list.push({ id: randomUUID(), permission: p, permissionType: 'domainId', createdAt: ctx.now });
      }
    } else {
      const kept = list.filter((r) => !wanted.includes(r.permission));
      list.splice(0, list.length, ...kept);
    }
    return { permissions: wanted };
  }

  private service(state: VpcepProjectState, serviceId: string): EndpointServiceRecord {
    const record = state.services.get(serviceId);
    if (!record) throw new ResourceNotFoundError(`The endpoint service ${serviceId} does not exist.`);
    return record;
  }

  /** Every rule of the modify page, checked before anything changes. */
  private checkedChange(req: UpdateEndpointServiceRequest): {
    approvalEnabled?: boolean;
    serviceName?: string;
    description?: string;
    tcpProxy?: TcpProxy;
    portId?: string;
    vipPortId?: string;
    ports?: PortList[];
  } {
    const out: ReturnType<VpcepProvider['checkedChange']> = {};
    if (req.approval_enabled !== undefined) out.approvalEnabled = req.approval_enabled;
    if (req.service_name !== undefined) {
      if (!SERVICE_NAME.test(req.service_name)) throw new InvalidServiceNameError();
      out.serviceName = req.service_name;
    }
    if (req.description !== undefined) {
      if (/[<>]/.test(req.description)) throw new ParameterError('description cannot contain < or >.');
      if (req.description.length > MAX_DESCRIPTION_LENGTH) {
        throw new ParameterError(`description has at most ${MAX_DESCRIPTION_LENGTH} characters.`);
      }
      out.description = req.description;
    }
    if (req.tcp_proxy !== undefined) {
      const value = TCP_PROXY_VALUES.find((v) => v === req.tcp_proxy);
      if (!value) throw new ParameterError(`tcp_proxy must be one of ${TCP_PROXY_VALUES.join(', ')}.`);
      out.tcpProxy = value;
    }
    if (req.port_id !== undefined) {
      if (!UUID.test(req.port_id)) throw new InvalidPortIdError();
      out.portId = req.port_id;
    }
    if (req.vip_port_id !== undefined) {
      if (req.vip_port_id.length < 1 || req.vip_port_id.length > 64) {
        throw new InvalidVipPortIdError('vip_port_id has 1 to 64 characters.');
      }
      out.vipPortId = req.vip_port_id;
    }
    if (req.ports !== undefined) out.ports = checkedPorts(req.ports);
    return out;
  }
}
