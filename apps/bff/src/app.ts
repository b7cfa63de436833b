import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { CloudClients } from './clouds/cloud-clients.ts';
import type { Database } from './db/database.ts';
import { errorHandler, notFound } from './http/error-handler.ts';
import { spaRouter } from './http/static-spa.ts';
import type { Logger } from './logger.ts';
import { systemRouter } from './routes/system.ts';
import { tasksRouter } from './routes/tasks.ts';
import { vpcAuthorizationsRouter } from './routes/vpc-authorizations.ts';
import type { TaskService } from './services/tasks/task-service.ts';
import { VpcAuthorizationService } from './services/vpc-authorizations.ts';

export interface AppDeps {
  database: Database;
  clouds: CloudClients;
  tasks: TaskService;
  logger: Logger;
  /** The built SPA; absent in API-only tests. */
  webDist?: string | undefined;
  checkResponses?: boolean;
  sseKeepAliveMs?: number;
}

/** Everything the BFF answers, wired from its dependencies; no listening, no process state. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  const options = { checkResponses: deps.checkResponses ?? process.env.NODE_ENV !== 'production' };
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Mantine sets style attributes at run time; scripts stay strict.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'font-src': ["'self'", 'data:'],
          'object-src': ["'none'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': null,
        },
      },
      hsts: false,
    }),
  );
  app.use(pinoHttp({ logger: deps.logger, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use('/api', express.json({ limit: '100kb', strict: true }));
  app.use(systemRouter(deps.database, deps.clouds, options));
  app.use(vpcAuthorizationsRouter(new VpcAuthorizationService(deps.clouds, deps.tasks), options));
  app.use(tasksRouter(deps.tasks, { ...options, ...(deps.sseKeepAliveMs ? { keepAliveMs: deps.sseKeepAliveMs } : {}) }));
  app.use('/api', notFound);
  if (deps.webDist) app.use(spaRouter(deps.webDist));
  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
