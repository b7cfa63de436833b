import { Router, type Request } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { TokenService } from '../services/auth/token-service.ts';

/** A global admin sees and revokes everyone's tokens. */
const isAdmin = (req: Request) => req.auth?.permissions.allows({ need: 'admin', global: true }) === true;

export function tokensRouter(tokens: TokenService, options: HandleOptions): Router {
  const router = Router();
  handle(
    router,
    routes.listTokens,
    async ({ query }, req) => ({ items: await tokens.list({ id: req.auth!.user.id, isAdmin: isAdmin(req) }, query.owner === 'all') }),
    options,
  );
  handle(router, routes.createToken, ({ body }, req) => tokens.create({ ...actorOf(req), id: req.auth!.user.id }, body), options);
  handle(
    router,
    routes.revokeToken,
    async ({ params }, req) => {
      await tokens.revoke({ ...actorOf(req), id: req.auth!.user.id }, isAdmin(req), params.id);
      return { ok: true as const };
    },
    options,
  );
  return router;
}
