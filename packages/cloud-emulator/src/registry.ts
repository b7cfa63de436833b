import type { CallContext } from './core/context.ts';
import type { CloudError } from './core/errors.ts';

/** Flat RPC parameters as they arrive on the wire (query string and form body merged). */
export type RpcParams = ReadonlyMap<string, string>;

/** One operation of an RPC-style service: decodes its parameters and calls the provider. */
export interface RpcOperation {
  readonly action: string;
  /** Returns the response body without RequestId (the protocol layer adds it). */
  invoke(params: RpcParams, ctx: CallContext): object;
}

/** An RPC-style service (Alibaba POP) as the registry knows it. */
export interface RpcService {
  /** Product code as the cloud names it (CloudAPI for API Gateway). */
  readonly product: string;
  /** API version the service answers (2016-07-14). */
  readonly version: string;
  /** Endpoint prefix, used for HostId: `${endpointPrefix}.${region}.aliyuncs.com`. */
  readonly endpointPrefix: string;
  readonly operations: readonly RpcOperation[];
}

export type RpcLookup =
  | { readonly kind: 'found'; readonly service: RpcService; readonly operation: RpcOperation }
  | { readonly kind: 'unknown-action'; readonly service: RpcService }
  | { readonly kind: 'unknown-version' };

/** A REST request as an operation sees it: path parameters (decoded), query and body. */
export interface RestRequest {
  readonly pathParams: ReadonlyMap<string, string>;
  /** Every value of a query parameter, decoded, in the order sent. */
  readonly query: ReadonlyMap<string, readonly string[]>;
  readonly body: Buffer;
  header(name: string): string | undefined;
}

/** One operation of a REST-style service (Huawei Cloud): a method and a path template. */
export interface RestOperation {
  /** Operation name used by faults and stats. */
  readonly name: string;
  /** Other names a fault may use for it (the SDK's own method names). */
  readonly aliases: readonly string[];
  readonly method: string;
  /** `/v1/{project_id}/vpc-endpoint-services/{vpc_endpoint_service_id}`: `{name}` matches one segment. */
  readonly path: string;
  /** Returns the JSON response body (status 200). */
  invoke(req: RestRequest, ctx: CallContext): object;
}

/** A REST-style service as the registry knows it. */
export interface RestService {
  readonly product: string;
  readonly operations: readonly RestOperation[];
  /** Routes the cloud has but the emulator does not implement: answered as unknown APIs even where a template would match. */
  readonly unsupported: readonly { readonly method: string; readonly path: string }[];
  /** The service's answer to a path naming a project the caller does not own. */
  forbiddenProject(projectId: string): CloudError;
  /** The service's own "system error" (used by the error5xx fault). */
  systemError(): CloudError;
}

export type RestLookup =
  | {
      readonly kind: 'found';
      readonly service: RestService;
      readonly operation: RestOperation;
      readonly pathParams: ReadonlyMap<string, string>;
    }
  | { readonly kind: 'not-found' };

interface RestRoute {
  readonly service: RestService;
  readonly method: string;
  readonly segments: readonly string[];
  readonly literals: number;
  readonly operation: RestOperation | undefined;
}

function templateSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

/** Decoded path segments of a raw path; undefined when a segment is not valid percent-encoding. */
function pathSegments(rawPath: string): string[] | undefined {
  try {
    return rawPath
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/**
 * The one registry of operations. Services register here; protocol layers look
 * operations up here; anything not registered answers the cloud's own
 * "unsupported action" error.
 */
export class OperationRegistry {
  private readonly rpcByVersion = new Map<string, { service: RpcService; byAction: Map<string, RpcOperation> }>();
  private readonly restRoutes: RestRoute[] = [];

  registerRest(service: RestService): void {
    const route = (method: string, path: string, operation: RestOperation | undefined): RestRoute => {
      const segments = templateSegments(path);
      return { service, method, segments, literals: segments.filter((s) => !isParam(s)).length, operation };
    };
    for (const op of service.operations) this.restRoutes.push(route(op.method, op.path, op));
    for (const u of service.unsupported) this.restRoutes.push(route(u.method, u.path, undefined));
  }

  /** The REST operation for a method and raw path; the most specific template (most literal segments) wins. */
  findRest(method: string, rawPath: string): RestLookup {
    const segments = pathSegments(rawPath);
    if (!segments) return { kind: 'not-found' };
    let best: { route: RestRoute; params: Map<string, string> } | undefined;
    for (const route of this.restRoutes) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const params = new Map<string, string>();
      const matches = route.segments.every((t, i) => {
        const actual = segments[i] ?? '';
        if (isParam(t)) {
          params.set(t.slice(1, -1), actual);
          return actual !== '';
        }
        return t === actual;
      });
      if (matches && (!best || route.literals > best.route.literals)) best = { route, params };
    }
    if (!best?.route.operation) return { kind: 'not-found' };
    return { kind: 'found', service: best.route.service, operation: best.route.operation, pathParams: best.params };
  }

  restOperations(): string[] {
    return this.restRoutes.flatMap((r) => (r.operation ? [r.operation.name] : []));
  }

  registerRpc(service: RpcService): void {
    if (this.rpcByVersion.has(service.version)) {
      throw new Error(`an RPC service already answers version ${service.version}`);
    }
    const byAction = new Map<string, RpcOperation>();
    for (const op of service.operations) byAction.set(op.action, op);
    this.rpcByVersion.set(service.version, { service, byAction });
  }

  findRpc(version: string, action: string): RpcLookup {
    const entry = this.rpcByVersion.get(version);
    if (!entry) return { kind: 'unknown-version' };
    const operation = entry.byAction.get(action);
    return operation ? { kind: 'found', service: entry.service, operation } : { kind: 'unknown-action', service: entry.service };
  }

  /** The service a request most likely meant (used to word errors before the version is known). */
  defaultRpcService(): RpcService | undefined {
    const first = this.rpcByVersion.values().next();
    return first.done ? undefined : first.value.service;
  }

  rpcActions(): string[] {
    const out: string[] = [];
    for (const { byAction } of this.rpcByVersion.values()) out.push(...byAction.keys());
    return out;
  }
}
