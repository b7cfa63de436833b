import { requireVisible, visibleItems } from '../http/visibility.ts';
import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import { openGate, type ChangeGate } from '../http/change-gate.ts';
import type { BackendModelService } from '../services/backend-models/backend-models.ts';

export function backendModelsRouter(service: BackendModelService, options: HandleOptions, gate: ChangeGate = openGate): Router {
  const router = Router();
  const kind = 'backend-model';
  handle(
    router,
    routes.listBackends,
    async ({ query }, req) => {
      const page = await service.list(query);
      return { ...page, items: visibleItems(req, options, kind, query.profile, page.items, (item) => item) };
    },
    options,
  );
  handle(
    router,
    routes.getBackend,
    async ({ params, query }, req) => {
      const detail = await service.get(params.id, query.profile);
      await requireVisible(req, options, kind, query.profile, detail.backend, () => service.tagsOf(detail.backend.name, query.profile));
      return detail;
    },
    options,
  );
  handle(router, routes.createBackendModel, ({ params, body, query }, req) => service.create(actorOf(req), params.id, params.stage, body, query.profile), options);
  handle(
    router,
    routes.modifyBackendModel,
    async (input, req) => {
      await gate(req, 'modifyBackendModel', input);
      return service.modify(actorOf(req), input.params.id, input.params.stage, input.body, input.query.profile);
    },
    options,
  );
  return router;
}
