import { requireVisible, visibleItems } from '../http/visibility.ts';
import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { IpControlService } from '../services/ip-controls.ts';

export function ipControlsRouter(service: IpControlService, options: HandleOptions): Router {
  const router = Router();
  const kind = 'ip-control';
  handle(
    router,
    routes.listIpControls,
    async ({ query }, req) => {
      const page = await service.list(query);
      return { ...page, items: visibleItems(req, options, kind, query.profile, page.items, (item) => ({ name: item.name, tags: {} })) };
    },
    options,
  );
  handle(
    router,
    routes.getIpControl,
    async ({ params, query }, req) => {
      const detail = await service.get(params.id, query.profile);
      await requireVisible(req, options, kind, query.profile, { name: detail.ipControl.name, tags: {} });
      return detail;
    },
    options,
  );
  handle(router, routes.addPolicyItem, ({ params, body, query }, req) => service.add(actorOf(req), params.id, body, query.profile), options);
  handle(router, routes.modifyPolicyItem, ({ params, body, query }, req) => service.modify(actorOf(req), params.id, params.itemId, body, query.profile), options);
  handle(router, routes.removePolicyItem, ({ params, query }, req) => service.remove(actorOf(req), params.id, params.itemId, query.profile), options);
  return router;
}
