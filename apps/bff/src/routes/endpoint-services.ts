import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { EndpointServiceService } from '../services/endpoint-services.ts';

export function endpointServicesRouter(service: EndpointServiceService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.listEndpointServices, ({ query }) => service.list(query), options);
  handle(router, routes.getEndpointService, ({ params, query }) => service.get(params.id, query.profile), options);
  handle(router, routes.updateEndpointService, ({ params, body, query }, req) => service.update(actorOf(req), params.id, body, query.profile), options);
  handle(router, routes.actOnConnections, ({ params, body, query }, req) => service.actOnConnections(actorOf(req), params.id, body, query.profile), options);
  handle(router, routes.listServicePermissions, ({ params, query }) => service.permissions(params.id, query.profile), options);
  handle(router, routes.changeServicePermissions, ({ params, body, query }, req) => service.changePermissions(actorOf(req), params.id, body, query.profile), options);
  return router;
}
