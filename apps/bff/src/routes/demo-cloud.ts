import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import { actorOf } from '../http/actor.ts';
import { handle, type HandleOptions } from '../http/routing.ts';
import type { DemoCloudService } from '../services/demo-cloud.ts';

export function demoCloudRouter(demoCloud: DemoCloudService, options: HandleOptions): Router {
  const router = Router();
  handle(router, routes.getDemoCloud, async () => demoCloud.info(), options);
  handle(router, routes.resetDemoCloud, (_input, req) => demoCloud.reset(actorOf(req)), options);
  return router;
}
