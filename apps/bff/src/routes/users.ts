import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { AuthService } from '../services/auth/auth-service.ts';

export function usersRouter(auth: AuthService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.listUsers, async () => ({ items: await auth.listUsers() }), options);
  handle(router, routes.createUser, ({ body }, req) => auth.createUser(actorOf(req), body), options);
  handle(router, routes.updateUser, ({ params, body }, req) => auth.updateUser(actorOf(req), params.id, body), options);
  return router;
}
