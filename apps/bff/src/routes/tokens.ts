import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { TokenService } from '../services/auth/token-service.ts';

export function tokensRouter(tokens: TokenService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.listTokens, async ({ query }, req) => ({ items: await tokens.list(req.auth!.user, query.owner === 'all') }), options);
  handle(router, routes.createToken, ({ body }, req) => tokens.create({ ...actorOf(req), id: req.auth!.user.id }, body), options);
  handle(
    router,
    routes.revokeToken,
    async ({ params }, req) => {
      await tokens.revoke({ ...actorOf(req), id: req.auth!.user.id }, req.auth!.user.role, params.id);
      return { ok: true as const };
    },
    options,
  );
  return router;
}
