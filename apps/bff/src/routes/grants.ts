import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { AccessService } from '../services/access/access-service.ts';

export function grantsRouter(access: AccessService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.listGrants, async () => ({ items: await access.list() }), options);
  handle(router, routes.createGrant, ({ body }, req) => access.create(actorOf(req), body), options);
  handle(router, routes.updateGrant, ({ params, body }, req) => access.update(actorOf(req), params.id, body), options);
  handle(
    router,
    routes.deleteGrant,
    async ({ params }, req) => {
      await access.delete(actorOf(req), params.id);
      return { ok: true as const };
    },
    options,
  );
  return router;
}
