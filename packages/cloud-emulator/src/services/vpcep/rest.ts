import type { CallContext } from '../../core/context.ts';
import type { RestOperation, RestRequest, RestService } from '../../registry.ts';
import type {
  ConnectionActionRequest,
  ListEndpointServicesRequest,
  ListServiceConnectionsRequest,
  ListServicePermissionsRequest,
  PermissionActionRequest,
  PortMappingInput,
  UpdateEndpointServiceRequest,
  VpcepApi,
} from './api.ts';
import { ForbiddenProjectError, InvalidLimitError, InvalidOffsetError, ParameterError, SystemError } from './errors.ts';

/**
 * How VPCEP's operations look on the REST wire: method, path template, the
 * query parameters and the JSON body each takes (types as in the API
 * reference), and the provider method that serves it. Wrong JSON types answer
 * EndPoint.0002; the rules on values are the provider's.
 */
export const VPCEP_PRODUCT = 'VPCEP';
const SERVICES = '/v1/{project_id}/vpc-endpoint-services';
const SERVICE = `${SERVICES}/{vpc_endpoint_service_id}`;

type Query = RestRequest['query'];

/** The first value of a query parameter (later repeats are ignored). */
function first(query: Query, name: string): string | undefined {
  return query.get(name)?.[0];
}

function integer(query: Query, name: string, invalid: () => Error): number | undefined {
  const raw = first(query, name);
  if (raw === undefined || raw === '') return undefined;
  if (!/^[+-]?\d+$/.test(raw.trim())) throw invalid();
  return Number(raw.trim());
}

function pagingQuery(query: Query): { limit?: number; offset?: number; sort_key?: string; sort_dir?: string } {
  const out: { limit?: number; offset?: number; sort_key?: string; sort_dir?: string } = {};
  const limit = integer(query, 'limit', () => new InvalidLimitError());
  const offset = integer(query, 'offset', () => new InvalidOffsetError());
  const sortKey = first(query, 'sort_key');
  const sortDir = first(query, 'sort_dir');
  if (limit !== undefined) out.limit = limit;
  if (offset !== undefined) out.offset = offset;
  if (sortKey !== undefined) out.sort_key = sortKey;
  if (sortDir !== undefined) out.sort_dir = sortDir;
  return out;
}

function strings<K extends string>(query: Query, names: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const name of names) {
    const value = first(query, name);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

export function decodeListServices(query: Query): ListEndpointServicesRequest {
  return { ...strings(query, ['endpoint_service_name', 'id', 'status'] as const), ...pagingQuery(query) };
}

export function decodeListConnections(query: Query): ListServiceConnectionsRequest {
  return { ...strings(query, ['id', 'marker_id', 'status'] as const), ...pagingQuery(query) };
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field of the body; null counts as absent. */
function field<T>(body: Json, name: string, type: string, check: (v: unknown) => v is T): T | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (!check(v)) throw new ParameterError(`${name} must be ${type}.`);
  return v;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

function portMapping(item: unknown, i: number): PortMappingInput {
  if (!isObject(item)) throw new ParameterError(`ports[${i}] must be an object.`);
  const out: PortMappingInput = {};
  const client = field(item, 'client_port', 'an integer', isNumber);
  const server = field(item, 'server_port', 'an integer', isNumber);
  const protocol = field(item, 'protocol', 'a string', isString);
  if (client !== undefined) out.client_port = client;
  if (server !== undefined) out.server_port = server;
  if (protocol !== undefined) out.protocol = protocol;
  return out;
}

function jsonBody(raw: Buffer): Json {
  if (raw.length === 0) throw new ParameterError('The request body is empty; send a JSON object.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ParameterError('The request body is not valid JSON.');
  }
  if (!isObject(parsed)) throw new ParameterError('The request body must be a JSON object.');
  return parsed;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** `{ "<list>": [strings], "action": string }`, the shape of both action bodies. */
function decodeAction<K extends string>(raw: Buffer, list: K): Partial<Record<K, string[]>> & { action?: string } {
  const body = jsonBody(raw);
  const out: Partial<Record<K, string[]>> & { action?: string } = {};
  const items = field(body, list, 'an array of strings', isStringArray);
  const action = field(body, 'action', 'a string', isString);
  if (items !== undefined) (out as Record<K, string[]>)[list] = items;
  if (action !== undefined) out.action = action;
  return out;
}

export const decodeConnectionAction = (raw: Buffer): ConnectionActionRequest => decodeAction(raw, 'endpoints');
export const decodePermissionAction = (raw: Buffer): PermissionActionRequest => decodeAction(raw, 'permissions');

export function decodeListPermissions(query: Query): ListServicePermissionsRequest {
  return { ...strings(query, ['permission'] as const), ...pagingQuery(query) };
}

export function decodeUpdateBody(raw: Buffer): UpdateEndpointServiceRequest {
  const parsed = jsonBody(raw);
  const out: UpdateEndpointServiceRequest = {};
  const approval = field(parsed, 'approval_enabled', 'a boolean', isBoolean);
  const name = field(parsed, 'service_name', 'a string', isString);
  const portId = field(parsed, 'port_id', 'a string', isString);
  const vipPortId = field(parsed, 'vip_port_id', 'a string', isString);
  const tcpProxy = field(parsed, 'tcp_proxy', 'a string', isString);
  const description = field(parsed, 'description', 'a string', isString);
  const ports = field(parsed, 'ports', 'an array', isArray);
  if (approval !== undefined) out.approval_enabled = approval;
  if (name !== undefined) out.service_name = name;
  if (portId !== undefined) out.port_id = portId;
  if (vipPortId !== undefined) out.vip_port_id = vipPortId;
  if (tcpProxy !== undefined) out.tcp_proxy = tcpProxy;
  if (description !== undefined) out.description = description;
  if (ports !== undefined) out.ports = ports.map(portMapping);
  return out;
}

function param(req: RestRequest, name: string): string {
  return req.pathParams.get(name) ?? '';
}

function operation(name: string, aliases: readonly string[], method: string, path: string, call: (req: RestRequest, ctx: CallContext) => object): RestOperation {
  return { name, aliases, method, path, invoke: call };
}

export function vpcepRestService(provider: VpcepApi): RestService {
  return {
    product: VPCEP_PRODUCT,
    operations: [
      operation('ListEndpointServices', ['ListEndpointService'], 'GET', SERVICES, (req, ctx) =>
        provider.listEndpointServices(ctx, param(req, 'project_id'), decodeListServices(req.query)),
      ),
      operation('ShowEndpointService', ['ListServiceDetails'], 'GET', SERVICE, (req, ctx) =>
        provider.showEndpointService(ctx, param(req, 'project_id'), param(req, 'vpc_endpoint_service_id')),
      ),
      operation('UpdateEndpointService', [], 'PUT', SERVICE, (req, ctx) =>
        provider.updateEndpointService(ctx, param(req, 'project_id'), param(req, 'vpc_endpoint_service_id'), decodeUpdateBody(req.body)),
      ),
      operation('ListServiceConnections', [], 'GET', `${SERVICE}/connections`, (req, ctx) =>
        provider.listServiceConnections(ctx, param(req, 'project_id'), param(req, 'vpc_endpoint_service_id'), decodeListConnections(req.query)),
      ),
      operation('AcceptOrRejectEndpoint', [], 'POST', `${SERVICE}/connections/action`, (req, ctx) =>
        provider.acceptOrRejectEndpoints(ctx, param(req, 'project_id'), param(req, 'vpc_endpoint_service_id'), decodeConnectionAction(req.body)),
      ),
      operation('ListServicePermissions', ['ListServicePermissionsDetails'], 'GET', `${SERVICE}/permissions`, (req, ctx) =>
        provider.listServicePermissions(ctx, param(req, 'project_id'), param(req, 'vpc_endpoint_service_id'), decodeListPermissions(req.query)),
      ),
      operation('AddOrRemoveServicePermissions', [], 'POST', `${SERVICE}/permissions/action`, (req, ctx) =>
        provider.addOrRemoveServicePermissions(ctx, param(req, 'project_id'), param(req, 'vpc_endpoint_service_id'), decodePermissionAction(req.body)),
      ),
    ],
    // Real routes whose literal segment would otherwise be read as a service id.
    unsupported: [
      { method: 'GET', path: `${SERVICES}/public` },
      { method: 'GET', path: `${SERVICES}/describe` },
    ],
    forbiddenProject: (projectId) => new ForbiddenProjectError(projectId),
    systemError: () => new SystemError(),
  };
}
