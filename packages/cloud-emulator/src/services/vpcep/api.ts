import type { CallContext } from '../../core/context.ts';

/**
 * Huawei Cloud VPC Endpoint (VPCEP, REST v1): one method per operation, with
 * request and response shapes named as on the wire (snake_case, as in the API
 * reference and the SDK's models). Operation names follow the brief's naming;
 * the SDK's own method names are ListEndpointService, ListServiceDetails,
 * UpdateEndpointService and ListServiceConnections.
 */

export type ServerType = 'VM' | 'VIP' | 'LB';
export type ServiceStatus = 'creating' | 'available' | 'failed' | 'deleting';
export type TcpProxy = 'close' | 'toa_open' | 'proxy_open' | 'open';
export type ConnectionStatus = 'pendingAcceptance' | 'creating' | 'accepted' | 'rejected' | 'failed' | 'deleting';

export const SERVICE_STATUSES: readonly ServiceStatus[] = ['creating', 'available', 'failed', 'deleting'];
export const TCP_PROXY_VALUES: readonly TcpProxy[] = ['close', 'toa_open', 'proxy_open', 'open'];
export const CONNECTION_STATUSES: readonly ConnectionStatus[] = ['pendingAcceptance', 'creating', 'accepted', 'rejected', 'failed', 'deleting'];

/** A port mapping (PortList): the endpoint's client_port to the backend's server_port. */
export interface PortList {
  client_port: number;
  server_port: number;
  protocol: string;
}

export interface TagList {
  key: string;
  value: string;
}

/** The error list of a service in the failed state. */
export interface QueryError {
  error_code: string;
  error_message: string;
}

/** One item of ListEndpointServices (ServiceList in the SDK). */
export interface EndpointServiceSummary {
  id: string;
  port_id: string;
  /** Only for VIP services. */
  vip_port_id?: string;
  service_name: string;
  server_type: ServerType;
  vpc_id: string;
  approval_enabled: boolean;
  status: ServiceStatus;
  service_type: 'interface';
  created_at: string;
  updated_at: string;
  project_id: string;
  domain_id: string;
  ports: PortList[];
  tags: TagList[];
  /** Connections in the creating or accepted state. */
  connection_count: number;
  tcp_proxy: TcpProxy;
  description: string;
  /** Only when status is failed. */
  error?: QueryError[];
}

/** ShowEndpointService and UpdateEndpointService (the fields the modify page lists). */
export interface EndpointServiceDetail {
  id: string;
  port_id: string;
  vip_port_id?: string;
  service_name: string;
  server_type: ServerType;
  vpc_id: string;
  pool_id: string;
  approval_enabled: boolean;
  status: ServiceStatus;
  service_type: 'interface';
  created_at: string;
  updated_at: string;
  project_id: string;
  cidr_type: 'internal' | 'public';
  ports: PortList[];
  tcp_proxy: TcpProxy;
  tags: TagList[];
  description: string;
  error?: QueryError[];
}

export type SortKey = 'created_at' | 'updated_at';
export type SortDir = 'asc' | 'desc';

export interface ListEndpointServicesRequest {
  /** Case-insensitive substring of the name. */
  endpoint_service_name?: string;
  id?: string;
  status?: string;
  sort_key?: string;
  sort_dir?: string;
  limit?: number;
  offset?: number;
}

export interface ListEndpointServicesResponse {
  endpoint_services: EndpointServiceSummary[];
  total_count: number;
}

/** A PUT body: every field optional; what is absent is kept. */
export interface UpdateEndpointServiceRequest {
  approval_enabled?: boolean;
  service_name?: string;
  ports?: PortMappingInput[];
  port_id?: string;
  vip_port_id?: string;
  tcp_proxy?: string;
  description?: string;
}

export interface PortMappingInput {
  client_port?: number;
  server_port?: number;
  protocol?: string;
}

export interface ListServiceConnectionsRequest {
  /** A VPC endpoint id. */
  id?: string;
  marker_id?: string;
  status?: string;
  sort_key?: string;
  sort_dir?: string;
  limit?: number;
  offset?: number;
}

/** One connection (ConnectionEndpoints in the SDK). */
export interface ConnectionEndpoint {
  id: string;
  marker_id: number;
  created_at: string;
  updated_at: string;
  domain_id: string;
  status: ConnectionStatus;
  description?: string;
}

export interface ListServiceConnectionsResponse {
  connections: ConnectionEndpoint[];
  total_count: number;
}

/** AcceptOrRejectEndpoint: `receive` accepts, `reject` rejects the named VPC endpoints' connections. */
export interface ConnectionActionRequest {
  endpoints?: string[];
  action?: string;
}

export interface ConnectionActionResponse {
  connections: ConnectionEndpoint[];
}

export interface ListServicePermissionsRequest {
  /** Substring of the permission (`iam:domain::…`). */
  permission?: string;
  sort_key?: string;
  sort_dir?: string;
  limit?: number;
  offset?: number;
}

/** One whitelist record (EpsPermission in the SDK). */
export interface ServicePermission {
  id: string;
  permission: string;
  permission_type: 'domainId';
  created_at: string;
}

export interface ListServicePermissionsResponse {
  permissions: ServicePermission[];
  total_count: number;
}

/** AddOrRemoveServicePermissions: `iam:domain::<domain id>` (1-64 letters and digits, or `*`), action add or remove. */
export interface PermissionActionRequest {
  permissions?: string[];
  action?: string;
}

export interface PermissionActionResponse {
  permissions: string[];
}

export interface VpcepApi {
  listEndpointServices(ctx: CallContext, projectId: string, req: ListEndpointServicesRequest): ListEndpointServicesResponse;
  showEndpointService(ctx: CallContext, projectId: string, serviceId: string): EndpointServiceDetail;
  updateEndpointService(ctx: CallContext, projectId: string, serviceId: string, req: UpdateEndpointServiceRequest): EndpointServiceDetail;
  listServiceConnections(ctx: CallContext, projectId: string, serviceId: string, req: ListServiceConnectionsRequest): ListServiceConnectionsResponse;
  acceptOrRejectEndpoints(ctx: CallContext, projectId: string, serviceId: string, req: ConnectionActionRequest): ConnectionActionResponse;
  listServicePermissions(ctx: CallContext, projectId: string, serviceId: string, req: ListServicePermissionsRequest): ListServicePermissionsResponse;
  addOrRemoveServicePermissions(ctx: CallContext, projectId: string, serviceId: string, req: PermissionActionRequest): PermissionActionResponse;
}
