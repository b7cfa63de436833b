import type { CallContext } from './core/context.ts';

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

/**
 * The one registry of operations. Services register here; protocol layers look
 * operations up here; anything not registered answers the cloud's own
 * "unsupported action" error.
 */
export class OperationRegistry {
  private readonly rpcByVersion = new Map<string, { service: RpcService; byAction: Map<string, RpcOperation> }>();

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
