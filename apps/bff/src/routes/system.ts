import { Router } from 'express';
import { openApiDocument } from '@portico/contracts/openapi';
import { routes } from '@portico/contracts/routes';
import { publicProfile } from '../clouds/profiles.ts';
import type { CloudClients } from '../clouds/cloud-clients.ts';
import type { Database } from '../db/database.ts';
import { handle } from '../http/routing.ts';
import type { ProfileHealthCheck } from '../services/profile-health.ts';

export function systemRouter(database: Database, clouds: CloudClients, profileHealth: ProfileHealthCheck, options: { checkResponses: boolean }): Router {
  const router = Router();
  handle(router, routes.listProfiles, async () => ({ items: clouds.profiles.all.map(publicProfile) }), options);
  // Public: the process and its database, nothing that reaches a cloud or shows an error text.
  handle(
    router,
    routes.health,
    async (_input, _req, res) => {
      const ok = await database.ping().then(
        () => true,
        () => false,
      );
      // A dead database is a 503 for load balancers.
      res.status(ok ? 200 : 503);
      return { status: ok ? ('ok' as const) : ('degraded' as const), database: { ok, driver: database.driver } };
    },
    options,
  );
  handle(router, routes.profileHealth, () => profileHealth.get(), options);
  // Built once: the table does not change while the process runs.
  const document = openApiDocument(routes, { title: 'Portico API', version: '1' });
  handle(router, routes.openApi, async () => document, options);
  return router;
}
