import { requireVisible, visibleItems } from '../http/visibility.ts';
import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import { openGate, type ChangeGate } from '../http/change-gate.ts';
import type { IpControlListService } from '../services/ip-control-lists.ts';
import type { IpControlService } from '../services/ip-controls.ts';

export function ipControlsRouter(service: IpControlService, lists: IpControlListService, options: HandleOptions, gate: ChangeGate = openGate): Router {
  const router = Router();
  handle(router, routes.createIpControl, ({ body, query }, req) => lists.create(actorOf(req), body, query.profile), options);
  handle(router, routes.modifyIpControl, ({ params, body, query }, req) => lists.modify(actorOf(req), params.id, body, query.profile), options);
  handle(router, routes.deleteIpControl, ({ params, query }, req) => lists.delete(actorOf(req), params.id, query.profile), options);
  handle(router, routes.listApiGroups, ({ query }) => lists.groups(query.profile), options);
  handle(router, routes.listBindableApis, ({ params, query }) => lists.bindable(params.id, query.groupId, query.stageName, query.profile), options);
  handle(router, routes.setIpControlApis, ({ params, body, query }, req) => lists.bind(actorOf(req), params.id, body, query.profile), options);
  handle(router, routes.removeIpControlApis, ({ params, body, query }, req) => lists.unbind(actorOf(req), params.id, body, query.profile), options);
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
  handle(
    router,
    routes.addPolicyItem,
    async (input, req) => {
      await gate(req, 'addPolicyItem', input);
      return service.add(actorOf(req), input.params.id, input.body, input.query.profile);
    },
    options,
  );
  handle(
    router,
    routes.modifyPolicyItem,
    async (input, req) => {
      await gate(req, 'modifyPolicyItem', input);
      return service.modify(actorOf(req), input.params.id, input.params.itemId, input.body, input.query.profile);
    },
    options,
  );
  handle(router, routes.removePolicyItem, ({ params, query }, req) => service.remove(actorOf(req), params.id, params.itemId, query.profile), options);
  return router;
}
