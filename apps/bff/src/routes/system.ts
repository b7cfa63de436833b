import { Router } from 'express';
import { routes } from '@portico/contracts/routes';
import type { Health } from '@portico/contracts/profiles';
import { publicProfile } from '../clouds/profiles.ts';
import type { CloudClients } from '../clouds/cloud-clients.ts';
import type { Database } from '../db/database.ts';
import { handle } from '../http/routing.ts';
import * as vpcAccess from '../clouds/alibaba/vpc-access.ts';
import { listEndpointServices } from '../clouds/huawei/endpoint-services.ts';

async function timed(check: () => Promise<unknown>): Promise<{ ok: boolean; latencyMs: number; error?: string }> {
  const started = performance.now();
  try {
    await check();
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unreachable';
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: message };
  }
}

export function systemRouter(database: Database, clouds: CloudClients, options: { checkResponses: boolean }): Router {
  const router = Router();
  handle(router, routes.listProfiles, async () => ({ items: clouds.profiles.all.map(publicProfile) }), options);
  handle(
    router,
    routes.health,
    async (_input, _req, res) => {
      const db = await timed(() => database.ping());
      const profiles = await Promise.all(
        clouds.profiles.all.map(async (profile) => {
          const check =
            profile.cloud === 'alibaba'
              ? () => vpcAccess.listVpcAuthorizations(clouds.alibaba(profile.id), { page: 1, pageSize: 1 })
              : () => listEndpointServices(clouds.huawei(profile.id), { page: 1, pageSize: 1 });
          return { id: profile.id, cloud: profile.cloud, ...(await timed(check)) };
        }),
      );
      const health: Health = {
        status: db.ok && profiles.every((p) => p.ok) ? 'ok' : 'degraded',
        database: { ok: db.ok, driver: database.driver, ...(db.error ? { error: db.error } : {}) },
        profiles,
      };
      // Degraded still answers 200 for the page to render; a dead database is a 503 for load balancers.
      res.status(db.ok ? 200 : 503);
      return health;
    },
    options,
  );
  return router;
}
