import type { ConnectionAction, EndpointConnection, EndpointService, PermissionAction, ServicePermission, UpdateEndpointService } from '@portico/contracts/endpoint-services';
import type { Page } from '@portico/contracts/paging';
import type { HuaweiGateway } from './client.ts';

interface WirePort {
  client_port?: number;
  server_port?: number;
  protocol?: string;
}

interface WireService {
  tags?: { key?: string; value?: string }[];
  id: string;
  service_name?: string;
  server_type?: string;
  service_type?: string;
  status?: string;
  approval_enabled?: boolean;
  port_id?: string;
  vip_port_id?: string;
  vpc_id?: string;
  tcp_proxy?: string;
  description?: string;
  ports?: WirePort[];
  created_at?: string;
  updated_at?: string;
}

interface WireConnection {
  id: string;
  marker_id?: number;
  status?: string;
  domain_id?: string;
  description?: string;
  created_at?: string;
  updated_at?: string;
}

const optional = <K extends string, V>(key: K, value: V | undefined | null) =>
  value === undefined || value === null || value === '' ? {} : ({ [key]: value } as Record<K, V>);

function toService(wire: WireService): EndpointService {
  return {
    id: wire.id,
    serviceName: wire.service_name ?? '',
    serverType: wire.server_type ?? '',
    serviceType: wire.service_type ?? '',
    status: wire.status ?? '',
    approvalEnabled: wire.approval_enabled ?? false,
    ...optional('portId', wire.port_id),
    ...optional('vipPortId', wire.vip_port_id),
    ...optional('vpcId', wire.vpc_id),
    ...optional('tcpProxy', wire.tcp_proxy),
    ...optional('description', wire.description),
    ports: (wire.ports ?? []).map((p) => ({ clientPort: p.client_port ?? 0, serverPort: p.server_port ?? 0, protocol: p.protocol ?? 'TCP' })),
    tags: Object.fromEntries((wire.tags ?? []).map((t) => [t.key ?? '', t.value ?? ''])),
    ...optional('createdAt', wire.created_at),
    ...optional('updatedAt', wire.updated_at),
  };
}

function toConnection(wire: WireConnection): EndpointConnection {
  return {
    id: wire.id,
    status: wire.status ?? '',
    ...optional('markerId', wire.marker_id),
    ...optional('domainId', wire.domain_id),
    ...optional('description', wire.description),
    ...optional('createdAt', wire.created_at),
    ...optional('updatedAt', wire.updated_at),
  };
}

const servicesPath = '/vpc-endpoint-services';
const MAX_LIMIT = 500;

export async function listEndpointServices(
  gw: HuaweiGateway,
  query: { page: number; pageSize: number; search?: string | undefined; status?: string | undefined },
): Promise<Page<EndpointService>> {
  const body = await gw.get<{ endpoint_services?: WireService[]; total_count?: number }>(gw.path(servicesPath), {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    endpoint_service_name: query.search || undefined,
    status: query.status,
  });
  return { items: (body.endpoint_services ?? []).map(toService), total: body.total_count ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Every service, page by page (for the shared port_id check). */
export async function allEndpointServices(gw: HuaweiGateway): Promise<EndpointService[]> {
  const items: EndpointService[] = [];
  for (let page = 1; ; page++) {
    const result = await listEndpointServices(gw, { page, pageSize: MAX_LIMIT });
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
}

export async function getEndpointService(gw: HuaweiGateway, id: string): Promise<EndpointService> {
  return toService(await gw.get<WireService>(gw.path(`${servicesPath}/${encodeURIComponent(id)}`)));
}

export async function listConnections(gw: HuaweiGateway, id: string): Promise<{ items: EndpointConnection[]; total: number }> {
  const items: EndpointConnection[] = [];
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const body = await gw.get<{ connections?: WireConnection[]; total_count?: number }>(gw.path(`${servicesPath}/${encodeURIComponent(id)}/connections`), {
      limit: MAX_LIMIT,
      offset,
    });
    const page = (body.connections ?? []).map(toConnection);
    items.push(...page);
    if (page.length === 0 || items.length >= (body.total_count ?? 0)) return { items, total: body.total_count ?? items.length };
  }
}

export async function countConnections(gw: HuaweiGateway, id: string): Promise<number> {
  const body = await gw.get<{ total_count?: number }>(gw.path(`${servicesPath}/${encodeURIComponent(id)}/connections`), { limit: 1, offset: 0 });
  return body.total_count ?? 0;
}

/** Only the fields being changed travel: the cloud keeps what the PUT does not name. */
export async function updateEndpointService(gw: HuaweiGateway, id: string, change: UpdateEndpointService): Promise<{ service: EndpointService; requestId?: string }> {
  const body = {
    ...optional('approval_enabled', change.approvalEnabled),
    ...(change.serviceName !== undefined ? { service_name: change.serviceName } : {}),
    ...(change.description !== undefined ? { description: change.description } : {}),
    ...optional('port_id', change.portId),
    ...optional('vip_port_id', change.vipPortId),
    ...optional('tcp_proxy', change.tcpProxy),
    ...(change.ports ? { ports: change.ports.map((p) => ({ client_port: p.clientPort, server_port: p.serverPort, protocol: p.protocol })) } : {}),
  };
  const { body: answer, requestId } = await gw.put<WireService>(gw.path(`${servicesPath}/${encodeURIComponent(id)}`), body);
  return { service: toService(answer), ...(requestId ? { requestId } : {}) };
}

const WHITELIST_PREFIX = 'iam:domain::';

interface WirePermission {
  id: string;
  permission?: string;
  permission_type?: string;
  created_at?: string;
}

function toPermission(wire: WirePermission): ServicePermission {
  const permission = wire.permission ?? '';
  return {
    id: wire.id,
    permission,
    accountId: permission.startsWith(WHITELIST_PREFIX) ? permission.slice(WHITELIST_PREFIX.length) : permission,
    ...optional('createdAt', wire.created_at),
  };
}

/** AcceptOrRejectEndpoint; accepting an accepted connection changes nothing, so a retry is safe. */
export async function actOnConnections(gw: HuaweiGateway, id: string, action: ConnectionAction): Promise<{ connections: EndpointConnection[]; requestId?: string }> {
  const body = { endpoints: action.endpointIds, action: action.action === 'accept' ? 'receive' : 'reject' };
  const { body: answer, requestId } = await gw.post<{ connections?: WireConnection[] }>(gw.path(`${servicesPath}/${encodeURIComponent(id)}/connections/action`), body, true);
  return { connections: (answer.connections ?? []).map(toConnection), ...(requestId ? { requestId } : {}) };
}

/** Every whitelist record of a service (the owner's own account is allowed without one). */
export async function listPermissions(gw: HuaweiGateway, id: string): Promise<ServicePermission[]> {
  const items: ServicePermission[] = [];
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const body = await gw.get<{ permissions?: WirePermission[]; total_count?: number }>(gw.path(`${servicesPath}/${encodeURIComponent(id)}/permissions`), {
      limit: MAX_LIMIT,
      offset,
    });
    const page = (body.permissions ?? []).map(toPermission);
    items.push(...page);
    if (page.length === 0 || items.length >= (body.total_count ?? 0)) return items;
  }
}

/** AddOrRemoveServicePermissions; adding a record already there or removing one that is not is a no-op, so a retry is safe. */
export async function changePermissions(gw: HuaweiGateway, id: string, change: PermissionAction): Promise<{ requestId?: string }> {
  const body = { permissions: change.accountIds.map((account) => `${WHITELIST_PREFIX}${account}`), action: change.action };
  const { requestId } = await gw.post<{ permissions?: string[] }>(gw.path(`${servicesPath}/${encodeURIComponent(id)}/permissions/action`), body, true);
  return requestId ? { requestId } : {};
}
