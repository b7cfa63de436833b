import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { VpcAuthorizationService } from '../services/vpc-authorizations.ts';

export function vpcAuthorizationsRouter(service: VpcAuthorizationService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.listVpcAuthorizations, ({ query }) => service.list(query), options);
  handle(router, routes.getVpcAuthorization, ({ params, query }) => service.get(params.name, query.profile), options);
  handle(router, routes.createVpcAuthorization, ({ body, query }, req) => service.create(actorOf(req), body, query.profile), options);
  handle(router, routes.modifyVpcAuthorization, ({ params, body, query }, req) => service.modify(actorOf(req), params.name, body, query.profile), options);
  handle(router, routes.removeVpcAuthorization, ({ params, query }, req) => service.remove(actorOf(req), params.name, query.profile), options);
  return router;
}
