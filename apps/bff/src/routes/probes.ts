import { Router } from 'express';
import type { Database } from '../db/database.ts';
import { checkReadiness } from '../db/readiness.ts';
import type { Drain } from '../http/drain.ts';

/**
 * `/livez` (the process serves requests) and `/readyz` (send it traffic: the database answers,
 * its migrations are applied, and the instance is not stopping). No session, no cloud call.
 */
export function probesRouter(database: Database, drain: Drain): Router {
  const router = Router();
  router.get('/livez', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(database);
    const ready = readiness.database && readiness.migrations && !drain.draining;
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : 'not ready', database: { driver: database.driver, ...readiness }, draining: drain.draining });
  });
  return router;
}
