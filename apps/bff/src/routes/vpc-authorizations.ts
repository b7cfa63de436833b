import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { handle } from '../http/routing.ts';
import type { VpcAuthorizationService } from '../services/vpc-authorizations.ts';

export function vpcAuthorizationsRouter(service: VpcAuthorizationService, options: { checkResponses: boolean }): Router {
  const router = Router();
  handle(router, routes.listVpcAuthorizations, ({ query }) => service.list(query), options);
  handle(router, routes.getVpcAuthorization, ({ params, query }) => service.get(params.name, query.profile), options);
  handle(router, routes.createVpcAuthorization, ({ body, query }) => service.create(body, query.profile), options);
  handle(router, routes.modifyVpcAuthorization, ({ params, body, query }) => service.modify(params.name, body, query.profile), options);
  handle(router, routes.removeVpcAuthorization, ({ params, query }) => service.remove(params.name, query.profile), options);
  return router;
}
