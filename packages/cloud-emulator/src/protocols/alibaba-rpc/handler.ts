import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CallContext } from '../../core/context.ts';
import { CloudError } from '../../core/errors.ts';
import { newRequestId } from '../../core/ids.ts';
import type { CallStats } from '../../core/stats.ts';
import type { FaultInjector } from '../../faults/faults.ts';
import type { OperationRegistry, RpcOperation, RpcService } from '../../registry.ts';
import { type RpcAuthenticator, type SignatureStyle, signatureStyle } from './authenticate.ts';
import { RpcErrors } from './errors.ts';
import { renderError, renderSuccess, type ResponseFormat } from './render.ts';
import { parseRpcWire, type RpcWireRequest } from './wire.ts';

export interface RpcHandlerDeps {
  readonly registry: OperationRegistry;
  readonly authenticator: RpcAuthenticator;
  readonly faults: FaultInjector;
  readonly stats: CallStats;
  readonly defaultRegion: string;
  readonly now: () => number;
  /** Told after a call that may have changed state (anything but Describe…), so it can be persisted. */
  readonly changed?: () => void;
}

/**
 * `endpointRegion` is the region of the endpoint the request came to: as in the cloud, where
 * `apigateway.<region>.aliyuncs.com` decides the region, each region the emulator serves on a
 * port of its own answers for that region. A RegionId parameter (or x-acs-region-id) still wins.
 */
export type RpcHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer, endpointRegion?: string) => Promise<void>;

interface CallState {
  requestId: string;
  format: ResponseFormat;
  regionId: string;
  service: RpcService | undefined;
}

function responseFormat(wire: RpcWireRequest, style: SignatureStyle): ResponseFormat {
  const raw = wire.params.get('Format');
  if (raw === undefined || raw === '') return style === 'v3' ? 'JSON' : 'XML';
  const upper = raw.toUpperCase();
  if (upper === 'JSON' || upper === 'XML') return upper;
  throw RpcErrors.invalidFormat();
}

function actionAndVersion(wire: RpcWireRequest, style: SignatureStyle): { action: string; version: string } {
  const action = (style === 'v3' ? wire.header('x-acs-action') : undefined) ?? wire.params.get('Action');
  const version = (style === 'v3' ? wire.header('x-acs-version') : undefined) ?? wire.params.get('Version');
  if (!action) throw RpcErrors.missingParameter('Action');
  if (!version) throw RpcErrors.missingParameter('Version');
  return { action, version };
}

/**
 * The Alibaba RPC pipeline in front of the providers: wire parsing, operation
 * lookup, signature checks, fault injection, then the operation itself.
 */
export function createRpcHandler(deps: RpcHandlerDeps): RpcHandler {
  const findOperation = (version: string, action: string, state: CallState): RpcOperation => {
    const found = deps.registry.findRpc(version, action);
    if (found.kind === 'unknown-version') throw RpcErrors.invalidVersion();
    state.service = found.service;
    if (found.kind === 'unknown-action') throw RpcErrors.actionNotFound();
    return found.operation;
  };

  const fail = (res: ServerResponse, state: CallState, error: unknown): void => {
    let cloudError: CloudError;
    if (error instanceof CloudError) cloudError = error;
    else {
      console.error('[cloud-emulator] unexpected error', error);
      cloudError = RpcErrors.internalError();
    }
    const service = state.service ?? deps.registry.defaultRpcService();
    renderError(res, state.format, cloudError, {
      requestId: state.requestId,
      hostId: `${service?.endpointPrefix ?? 'apigateway'}.${state.regionId}.aliyuncs.com`,
      product: service?.product ?? 'CloudAPI',
    });
  };

  return async (req, res, body, endpointRegion) => {
    const region = endpointRegion ?? deps.defaultRegion;
    const state: CallState = { requestId: newRequestId(), format: 'JSON', regionId: region, service: undefined };
    try {
      if (req.method !== 'GET' && req.method !== 'POST') throw RpcErrors.unsupportedHttpMethod();
      const wire = parseRpcWire(req, body);
      const style = signatureStyle(wire);
      state.regionId = wire.params.get('RegionId') || wire.header('x-acs-region-id') || region;
      state.format = style === 'v3' ? 'JSON' : 'XML';
      state.format = responseFormat(wire, style);
      const { action, version } = actionAndVersion(wire, style);
      const operation = findOperation(version, action, state);
      const now = deps.now();
      const key = deps.authenticator.authenticate(wire, style, now);

      const decision = deps.faults.decide(action, now);
      if (decision.delayMs > 0) await sleep(decision.delayMs);
      if (decision.outcome === 'throttle') {
        deps.stats.countThrottled(action);
        throw RpcErrors.throttlingUser();
      }
      if (decision.outcome === 'error5xx') throw RpcErrors.serviceUnavailable();
      if (decision.outcome === 'drop') {
        req.socket.destroy();
        return;
      }

      deps.stats.count(action);
      const ctx: CallContext = {
        accountId: key.accountId,
        regionId: state.regionId,
        requestId: state.requestId,
        action,
        now: deps.now(),
      };
      const result = operation.invoke(wire.params, ctx);
      if (!action.startsWith('Describe')) deps.changed?.();
      if (decision.dropResponse) {
        req.socket.destroy();
        return;
      }
      renderSuccess(res, state.format, action, state.requestId, result);
    } catch (error) {
      fail(res, state, error);
    }
  };
}
