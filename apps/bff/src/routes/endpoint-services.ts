import { requireVisible, visibleItems } from '../http/visibility.ts';
import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import { openGate, type ChangeGate } from '../http/change-gate.ts';
import type { EndpointServiceService } from '../services/endpoint-services.ts';

export function endpointServicesRouter(service: EndpointServiceService, options: HandleOptions, gate: ChangeGate = openGate): Router {
  const router = Router();
  const kind = 'endpoint-service';
  const named = (s: { serviceName: string; id: string; tags?: Record<string, string> | undefined }) => ({ name: s.serviceName || s.id, tags: s.tags });
  handle(
    router,
    routes.listEndpointServices,
    async ({ query }, req) => {
      const page = await service.list(query);
      return { ...page, items: visibleItems(req, options, kind, query.profile, page.items, named) };
    },
    options,
  );
  handle(
    router,
    routes.getEndpointService,
    async ({ params, query }, req) => {
      const detail = await service.get(params.id, query.profile);
      await requireVisible(req, options, kind, query.profile, named(detail.service));
      return detail;
    },
    options,
  );
  handle(
    router,
    routes.updateEndpointService,
    async (input, req) => {
      await gate(req, 'updateEndpointService', input);
      return service.update(actorOf(req), input.params.id, input.body, input.query.profile);
    },
    options,
  );
  handle(router, routes.actOnConnections, ({ params, body, query }, req) => service.actOnConnections(actorOf(req), params.id, body, query.profile), options);
  handle(router, routes.listServicePermissions, ({ params, query }) => service.permissions(params.id, query.profile), options);
  handle(router, routes.changeServicePermissions, ({ params, body, query }, req) => service.changePermissions(actorOf(req), params.id, body, query.profile), options);
  return router;
}
