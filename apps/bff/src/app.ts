import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { CloudClients } from './clouds/cloud-clients.ts';
import type { Database } from './db/database.ts';
import { sessionMiddleware } from './http/auth.ts';
import type { Drain } from './http/drain.ts';
import { errorHandler, notFound } from './http/error-handler.ts';
import { spaRouter } from './http/static-spa.ts';
import type { Logger } from './logger.ts';
import { httpMetrics } from './metrics/http-metrics.ts';
import type { Metrics } from './metrics/metrics.ts';
import { metricsRouter } from './metrics/metrics-route.ts';
import { probesRouter } from './routes/probes.ts';
import { auditRouter } from './routes/audit.ts';
import { sessionRouter, type SignInAttemptStores, type SignInLimits } from './routes/session.ts';
import { systemRouter } from './routes/system.ts';
import { tasksRouter } from './routes/tasks.ts';
import { usersRouter } from './routes/users.ts';
import { vpcAuthorizationsRouter } from './routes/vpc-authorizations.ts';
import { ipControlsRouter } from './routes/ip-controls.ts';
import type { IpControlService } from './services/ip-controls.ts';
import { endpointServicesRouter } from './routes/endpoint-services.ts';
import type { EndpointServiceService } from './services/endpoint-services.ts';
import { backendModelsRouter } from './routes/backend-models.ts';
import type { BackendModelService } from './services/backend-models/backend-models.ts';
import { bindingsRouter } from './routes/bindings.ts';
import type { InventoryService } from './services/bindings/inventory-service.ts';
import type { AuditLog } from './services/audit/audit-log.ts';
import type { AuthService } from './services/auth/auth-service.ts';
import type { RevertService } from './services/reverts.ts';
import type { TaskService } from './services/tasks/task-service.ts';
import type { VpcAuthorizationService } from './services/vpc-authorizations.ts';

export interface AppDeps {
  database: Database;
  clouds: CloudClients;
  tasks: TaskService;
  auth: AuthService;
  audit: AuditLog;
  reverts: RevertService;
  vpcAuthorizations: VpcAuthorizationService;
  ipControls: IpControlService;
  endpointServices: EndpointServiceService;
  backendModels: BackendModelService;
  inventory: InventoryService;
  logger: Logger;
  drain: Drain;
  signInLimits: SignInLimits;
  signInAttempts: SignInAttemptStores;
  /** The built SPA; absent in API-only tests. */
  webDist?: string | undefined;
  checkResponses?: boolean;
  sseKeepAliveMs?: number;
  /** Behind a TLS-terminating proxy: trust its X-Forwarded-* so cookies get Secure (`true`: one hop). */
  trustProxy?: boolean | number | string[];
  metrics: Metrics;
  metricsToken?: string | undefined;
}

const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // Mantine sets style attributes at run time; scripts stay strict.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  },
};

/** Everything the BFF answers, wired from its dependencies; no listening, no process state. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  const options = { checkResponses: deps.checkResponses ?? process.env.NODE_ENV !== 'production' };
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (deps.trustProxy !== undefined && deps.trustProxy !== false) app.set('trust proxy', deps.trustProxy === true ? 1 : deps.trustProxy);
  app.use(helmet({ contentSecurityPolicy, hsts: false }));
  app.use(httpMetrics(deps.metrics));
  // Before the request log: probes and scrapes come every few seconds and would drown it.
  app.use(probesRouter(deps.database, deps.drain));
  app.use(metricsRouter(deps.metrics, deps.metricsToken));
  app.use('/api', deps.drain.refuseWhenDraining);
  app.use(pinoHttp({ logger: deps.logger, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use('/api', express.json({ limit: '100kb', strict: true }), sessionMiddleware(deps.auth.sessions));
  app.use(systemRouter(deps.database, deps.clouds, options));
  app.use(sessionRouter(deps.auth, { ...options, signInLimits: deps.signInLimits, signInAttempts: deps.signInAttempts }));
  app.use(usersRouter(deps.auth, options));
  app.use(auditRouter(deps.audit, deps.reverts, options));
  app.use(vpcAuthorizationsRouter(deps.vpcAuthorizations, options));
  app.use(ipControlsRouter(deps.ipControls, options));
  app.use(endpointServicesRouter(deps.endpointServices, options));
  app.use(backendModelsRouter(deps.backendModels, options));
  const streams = { ...options, drain: deps.drain, ...(deps.sseKeepAliveMs ? { keepAliveMs: deps.sseKeepAliveMs } : {}) };
  app.use(bindingsRouter(deps.inventory, streams));
  app.use(tasksRouter(deps.tasks, streams));
  app.use('/api', notFound);
  if (deps.webDist) app.use(spaRouter(deps.webDist));
  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
