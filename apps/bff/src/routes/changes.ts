import { Router, type Request } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { ChangeService, Reader } from '../services/changes/change-service.ts';
import type { PolicyService } from '../services/changes/policy-service.ts';
import type { StepUpService } from '../services/changes/step-up.ts';

export interface ChangeRoutesDeps {
  changes: ChangeService;
  policies: PolicyService;
  stepUp: StepUpService;
}

/** The signed-in person as the review sees them: grants, groups and (when asked) their last fresh sign-in. */
async function readerOf(req: Request, stepUp?: StepUpService): Promise<Reader> {
  const actor = actorOf(req);
  const auth = req.auth!;
  return {
    ...actor,
    id: auth.user.id,
    permissions: auth.permissions,
    groups: auth.groups,
    ...(stepUp && !auth.token ? { stepUpAt: await stepUp.lastFor(auth.tokenHash) } : {}),
  };
}

export function changesRouter({ changes, policies, stepUp }: ChangeRoutesDeps, options: HandleOptions): Router {
  const router = Router();
  const ok = { ok: true as const };
  handle(router, routes.listChangePolicies, async () => ({ items: await policies.list() }), options);
  handle(router, routes.createChangePolicy, ({ body }, req) => policies.create(actorOf(req), body), options);
  handle(router, routes.updateChangePolicy, ({ params, body }, req) => policies.update(actorOf(req), params.id, body), options);
  handle(router, routes.deleteChangePolicy, async ({ params }, req) => (await policies.remove(actorOf(req), params.id), ok), options);
  handle(router, routes.listFreezes, () => policies.listFreezes(), options);
  handle(router, routes.createFreeze, ({ body }, req) => policies.createFreeze(actorOf(req), body), options);
  handle(router, routes.deleteFreeze, async ({ params }, req) => (await policies.removeFreeze(actorOf(req), params.id), ok), options);

  handle(router, routes.checkChange, ({ body }, req) => changes.check(actorOf(req), body.operation, body.input), options);
  handle(router, routes.listChanges, async ({ query }, req) => changes.list(await readerOf(req), query), options);
  handle(router, routes.openChange, async ({ body }, req) => changes.open(await readerOf(req), body.operation, body.input, body.comment), options);
  handle(router, routes.getChange, async ({ params }, req) => changes.get(await readerOf(req), params.id), options);
  handle(router, routes.commentChange, async ({ params, body }, req) => changes.comment(await readerOf(req), params.id, body.text), options);
  handle(router, routes.approveChange, async ({ params, body }, req) => changes.approve(await readerOf(req, stepUp), params.id, body.comment), options);
  handle(router, routes.rejectChange, async ({ params, body }, req) => changes.reject(await readerOf(req), params.id, body.comment), options);
  handle(router, routes.withdrawChange, async ({ params }, req) => changes.withdraw(await readerOf(req), params.id), options);
  handle(router, routes.applyChange, async ({ params, body }, req) => changes.apply(await readerOf(req), params.id, body), options);
  handle(
    router,
    routes.stepUp,
    async ({ body }, req) => {
      const reader = await readerOf(req);
      return { stepUpAt: (await stepUp.confirm(reader, req.auth!.tokenHash, body.password)).toISOString() };
    },
    options,
  );
  return router;
}
