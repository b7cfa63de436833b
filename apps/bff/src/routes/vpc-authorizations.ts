import { requireVisible, visibleItems } from '../http/visibility.ts';
import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import { openGate, type ChangeGate } from '../http/change-gate.ts';
import type { VpcAuthorizationService } from '../services/vpc-authorizations.ts';

export function vpcAuthorizationsRouter(service: VpcAuthorizationService, options: HandleOptions, gate: ChangeGate = openGate): Router {
  const router = Router();
  const kind = 'vpc-authorization';
  handle(
    router,
    routes.listVpcAuthorizations,
    async ({ query }, req) => {
      const page = await service.list(query);
      return { ...page, items: visibleItems(req, options, kind, query.profile, page.items, (item) => item) };
    },
    options,
  );
  handle(
    router,
    routes.getVpcAuthorization,
    async ({ params, query }, req) => {
      const detail = await service.get(params.name, query.profile);
      await requireVisible(req, options, kind, query.profile, detail.authorization);
      return detail;
    },
    options,
  );
  handle(router, routes.createVpcAuthorization, ({ body, query }, req) => service.create(actorOf(req), body, query.profile), options);
  handle(
    router,
    routes.modifyVpcAuthorization,
    async (input, req) => {
      await gate(req, 'modifyVpcAuthorization', input);
      return service.modify(actorOf(req), input.params.name, input.body, input.query.profile);
    },
    options,
  );
  handle(
    router,
    routes.removeVpcAuthorization,
    async (input, req) => {
      await gate(req, 'removeVpcAuthorization', input);
      return service.remove(actorOf(req), input.params.name, input.query.profile);
    },
    options,
  );
  return router;
}
