import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CallContext } from '../../core/context.ts';
import { CloudError } from '../../core/errors.ts';
import { newHexId } from '../../core/ids.ts';
import type { HuaweiProject, ProjectDirectory } from '../../core/projects.ts';
import type { CallStats } from '../../core/stats.ts';
import type { FaultInjector } from '../../faults/faults.ts';
import type { OperationRegistry, RestRequest, RestService } from '../../registry.ts';
import type { HuaweiAuthenticator } from './authenticate.ts';
import { HuaweiGatewayError, HuaweiGatewayErrors } from './errors.ts';
import { renderError, renderSuccess } from './render.ts';
import { parseRestWire } from './wire.ts';

export interface HuaweiRestHandlerDeps {
  readonly registry: OperationRegistry;
  readonly authenticator: HuaweiAuthenticator;
  readonly faults: FaultInjector;
  readonly stats: CallStats;
  /** The projects served and their accounts; a `{project_id}` the caller's account does not own is refused. */
  readonly projects: ProjectDirectory;
  readonly now: () => number;
  /** Told after a call that may have changed state (anything but GET), so it can be persisted. */
  readonly changed?: () => void;
}

export type HuaweiRestHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void>;

/**
 * The Huawei Cloud REST pipeline in front of the providers: route by method and
 * path (unknown: APIGW.0101), authenticate (AK/SK or token: APIGW.0301), check
 * the project, inject faults, count the call, run the operation. Every answer
 * carries X-Request-Id.
 */
export function createHuaweiRestHandler(deps: HuaweiRestHandlerDeps): HuaweiRestHandler {
  /** The project of the call (path, else X-Project-Id), which must be one of the caller's account. */
  const checkProject = (service: RestService, pathParams: ReadonlyMap<string, string>, header: string | undefined, domainId: string): HuaweiProject | undefined => {
    const projectId = pathParams.get('project_id');
    const project = projectId === undefined ? undefined : deps.projects.ownedBy(projectId, domainId);
    if (projectId !== undefined && !project) throw service.forbiddenProject(projectId);
    // The SDK also sends the project as X-Project-Id; a different one is refused the same way.
    if (header !== undefined && header !== '' && (projectId !== undefined ? header !== projectId : !deps.projects.ownedBy(header, domainId))) {
      throw service.forbiddenProject(header);
    }
    return project ?? (header ? deps.projects.find(header) : undefined);
  };

  return async (req, res, body) => {
    const requestId = newHexId();
    let service: RestService | undefined;
    try {
      const wire = parseRestWire(req, body);
      const found = deps.registry.findRest(wire.method, wire.rawPath);
      if (found.kind === 'not-found') throw HuaweiGatewayErrors.apiNotFound();
      service = found.service;
      const now = deps.now();
      const identity = deps.authenticator.authenticate(wire, now);
      const project = checkProject(found.service, found.pathParams, wire.header('x-project-id'), identity.domainId);

      const { operation } = found;
      const decision = deps.faults.decide(operation.name, now, operation.aliases);
      if (decision.delayMs > 0) await sleep(decision.delayMs);
      if (decision.outcome === 'throttle') {
        deps.stats.countThrottled(operation.name);
        throw HuaweiGatewayErrors.throttled();
      }
      if (decision.outcome === 'error5xx') throw found.service.systemError();
      if (decision.outcome === 'drop') {
        req.socket.destroy();
        return;
      }

      deps.stats.count(operation.name);
      const ctx: CallContext = {
        accountId: identity.domainId,
        regionId: project?.regionId ?? '',
        requestId,
        action: operation.name,
        now: deps.now(),
      };
      const restRequest: RestRequest = {
        pathParams: found.pathParams,
        query: wire.query,
        body: wire.body,
        header: wire.header,
      };
      const result = operation.invoke(restRequest, ctx);
      if (wire.method !== 'GET') deps.changed?.();
      if (decision.dropResponse) {
        req.socket.destroy();
        return;
      }
      renderSuccess(res, requestId, result);
    } catch (error) {
      let cloudError: CloudError;
      if (error instanceof CloudError) cloudError = error;
      else {
        console.error('[cloud-emulator] unexpected error', error);
        cloudError = service?.systemError() ?? new HuaweiGatewayError('APIGW.0201', 'API request error.', 500);
      }
      renderError(res, requestId, cloudError);
    }
  };
}
