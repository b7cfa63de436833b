import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { BackendModelService } from '../services/backend-models/backend-models.ts';

export function backendModelsRouter(service: BackendModelService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.listBackends, ({ query }) => service.list(query), options);
  handle(router, routes.getBackend, ({ params, query }) => service.get(params.id, query.profile), options);
  handle(router, routes.createBackendModel, ({ params, body, query }, req) => service.create(actorOf(req), params.id, params.stage, body, query.profile), options);
  handle(router, routes.modifyBackendModel, ({ params, body, query }, req) => service.modify(actorOf(req), params.id, params.stage, body, query.profile), options);
  return router;
}
