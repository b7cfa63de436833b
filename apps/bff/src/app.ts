import { changeGate } from './http/change-gate.ts';
import { changesRouter } from './routes/changes.ts';
import type { ChangeService } from './services/changes/change-service.ts';
import type { PolicyService } from './services/changes/policy-service.ts';
import type { StepUpService } from './services/changes/step-up.ts';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { CloudClients } from './clouds/cloud-clients.ts';
import type { Database } from './db/database.ts';
import { cookiePolicy, sameOriginChanges, sessionMiddleware } from './http/auth.ts';
import { refusalRecorder } from './http/refusals.ts';
import { StreamRegistry } from './http/streams.ts';
import type { Drain } from './http/drain.ts';
import { errorHandler, notFound } from './http/error-handler.ts';
import { spaRouter } from './http/static-spa.ts';
import { gateByPrefix } from './http/prefix-gate.ts';
import { requestSerializer, type Logger } from './logger.ts';
import { safeErrorSerializer } from './log-errors.ts';
import { httpMetrics } from './metrics/http-metrics.ts';
import type { Metrics } from './metrics/metrics.ts';
import { metricsRouter } from './metrics/metrics-route.ts';
import { probesRouter } from './routes/probes.ts';
import { auditRouter } from './routes/audit.ts';
import { sessionRouter, type SignInAttemptStores, type SignInLimits } from './routes/session.ts';
import { systemRouter } from './routes/system.ts';
import { oidcRouter } from './routes/oidc.ts';
import type { OidcSignIn } from './services/auth/oidc/oidc-sign-in.ts';
import { ProfileHealthCheck } from './services/profile-health.ts';
import { tasksRouter } from './routes/tasks.ts';
import { usersRouter } from './routes/users.ts';
import { tokensRouter } from './routes/tokens.ts';
import type { TokenService } from './services/auth/token-service.ts';
import { vpcAuthorizationsRouter } from './routes/vpc-authorizations.ts';
import { ipControlsRouter } from './routes/ip-controls.ts';
import type { IpControlService } from './services/ip-controls.ts';
import type { IpControlListService } from './services/ip-control-lists.ts';
import { endpointServicesRouter } from './routes/endpoint-services.ts';
import type { EndpointServiceService } from './services/endpoint-services.ts';
import { backendModelsRouter } from './routes/backend-models.ts';
import type { BackendModelService } from './services/backend-models/backend-models.ts';
import { bindingsRouter } from './routes/bindings.ts';
import { demoCloudRouter } from './routes/demo-cloud.ts';
import { homeRouter } from './routes/home.ts';
import { HomeService, latestInventory } from './services/home.ts';
import type { DemoCloudService } from './services/demo-cloud.ts';
import type { InventoryService } from './services/bindings/inventory-service.ts';
import type { SuppressionService } from './services/bindings/suppressions.ts';
import type { AuditLog } from './services/audit/audit-log.ts';
import type { AuthService } from './services/auth/auth-service.ts';
import type { AccessService } from './services/access/access-service.ts';
import { grantsRouter } from './routes/grants.ts';
import type { ProfileRegistry } from './clouds/profiles.ts';
import type { ResourceKind } from '@portico/contracts/grants';
import type { RevertService } from './services/reverts.ts';
import type { TaskService } from './services/tasks/task-service.ts';
import type { VpcAuthorizationService } from './services/vpc-authorizations.ts';

export interface AppDeps {
  database: Database;
  clouds: CloudClients;
  tasks: TaskService;
  auth: AuthService;
  access: AccessService;
  tokens: TokenService;
  audit: AuditLog;
  reverts: RevertService;
  vpcAuthorizations: VpcAuthorizationService;
  ipControls: IpControlService;
  ipControlLists: IpControlListService;
  endpointServices: EndpointServiceService;
  backendModels: BackendModelService;
  inventory: InventoryService;
  suppressions: SuppressionService;
  demoCloud: DemoCloudService;
  changes: ChangeService;
  changePolicies: PolicyService;
  stepUp: StepUpService;
  logger: Logger;
  drain: Drain;
  signInLimits: SignInLimits;
  signInAttempts: SignInAttemptStores;
  /** The built SPA; absent in API-only tests. */
  webDist?: string | undefined;
  checkResponses?: boolean;
  sseKeepAliveMs?: number;
  /** Event streams one session may hold open at once. */
  maxStreamsPerSession?: number;
  /** How long the signed-in per-profile cloud check is reused. */
  profileHealthTtlMs?: number;
  /** Behind a proxy: which hops to trust for X-Forwarded-* (client address, https), as Express takes it. */
  trustProxy?: boolean | number | string | string[];
  /** The console's public URL (cookie name and Secure, HSTS, Origin checks). */
  publicUrl?: string | undefined;
  metrics: Metrics;
  metricsToken?: string | undefined;
  /** Sign-in with the identity provider, when OIDC_* settings name one. */
  oidc?: OidcSignIn | undefined;
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

const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** Endpoint services are Huawei Cloud's; everything else here is Alibaba Cloud's. No profile named: the cloud's first. */
function profileResolver(profiles: ProfileRegistry) {
  return (kind: ResourceKind | undefined, id: string | undefined) => profiles.find(kind === 'endpoint-service' ? 'huawei' : 'alibaba', id)?.id ?? id;
}

/** Everything the BFF answers, wired from its dependencies; no listening, no process state. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  const options = { checkResponses: deps.checkResponses ?? process.env.NODE_ENV !== 'production', resolveProfile: profileResolver(deps.clouds.profiles) };
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // No ETag on answers: every /api answer is no-store, so nothing ever revalidates it, and hashing
  // each body cost more than its JSON. The SPA's files are served with their own ETags.
  app.set('etag', false);
  // `true` would believe any client's X-Forwarded-For; a boolean true from old callers means one hop.
  if (deps.trustProxy !== undefined && deps.trustProxy !== false) app.set('trust proxy', deps.trustProxy === true ? 1 : deps.trustProxy);
  const https = deps.publicUrl !== undefined && new URL(deps.publicUrl).protocol === 'https:';
  const cookies = cookiePolicy(deps.publicUrl);
  app.use(helmet({ contentSecurityPolicy, hsts: https ? { maxAge: 31_536_000, includeSubDomains: false } : false }));
  app.use(httpMetrics(deps.metrics));
  // Before the request log: probes and scrapes come every few seconds and would drown it.
  app.use(gateByPrefix(probesRouter(deps.database, deps.drain)));
  app.use(gateByPrefix(metricsRouter(deps.metrics, deps.metricsToken)));
  // Answers carry the CSRF token and people's data: no shared cache or browser may keep them.
  app.use('/api', noStore);
  app.use('/api', deps.drain.refuseWhenDraining);
  // pino-http writes its request lines at info, but serialises each request into a child logger
  // (headers, redaction) before it knows whether a line is written: below info it is left out.
  // Errors are logged by the error handler either way.
  if (deps.logger.isLevelEnabled('info')) {
    app.use(pinoHttp({ logger: deps.logger, serializers: { err: safeErrorSerializer, req: requestSerializer }, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  }
  if (deps.publicUrl) app.use('/api', sameOriginChanges(deps.publicUrl));
  app.use('/api', express.json({ limit: '100kb', strict: true }), sessionMiddleware(deps.auth.sessions, cookies, deps.tokens, deps.access));
  app.use(gateByPrefix(systemRouter(deps.database, deps.clouds, new ProfileHealthCheck(deps.clouds, deps.profileHealthTtlMs), options)));
  app.use(gateByPrefix(sessionRouter(deps.auth, { ...options, signInLimits: deps.signInLimits, signInAttempts: deps.signInAttempts, cookies })));
  const oidcLimits = { windowMs: deps.signInLimits.windowMs, perAddress: deps.signInLimits.perAddress, store: deps.signInAttempts.oidcByAddress };
  app.use(
    gateByPrefix(oidcRouter(deps.auth, deps.oidc, deps.auth.signInSettings, { ...options, cookies, publicUrl: deps.publicUrl, limits: oidcLimits, logger: deps.logger })),
  );
  app.use(gateByPrefix(usersRouter(deps.auth, options)));
  app.use(gateByPrefix(grantsRouter(deps.access, options)));
  app.use(gateByPrefix(tokensRouter(deps.tokens, options)));
  app.use(gateByPrefix(auditRouter(deps.audit, deps.reverts, options)));
  const gate = changeGate(deps.changes);
  app.use(gateByPrefix(vpcAuthorizationsRouter(deps.vpcAuthorizations, options, gate)));
  app.use(gateByPrefix(ipControlsRouter(deps.ipControls, deps.ipControlLists, options, gate)));
  app.use(gateByPrefix(endpointServicesRouter(deps.endpointServices, options, gate)));
  app.use(gateByPrefix(backendModelsRouter(deps.backendModels, options, gate)));
  app.use(gateByPrefix(changesRouter({ changes: deps.changes, policies: deps.changePolicies, stepUp: deps.stepUp }, options)));
  app.use(gateByPrefix(demoCloudRouter(deps.demoCloud, options)));
  app.use(gateByPrefix(homeRouter(new HomeService(deps.clouds, deps.tasks, deps.audit, latestInventory(deps.inventory, deps.suppressions)), options)));
  const registry = new StreamRegistry(deps.auth.sessions, deps.maxStreamsPerSession);
  const streams = { ...options, drain: deps.drain, streams: registry, ...(deps.sseKeepAliveMs ? { keepAliveMs: deps.sseKeepAliveMs } : {}) };
  app.use(gateByPrefix(bindingsRouter(deps.inventory, deps.suppressions, streams)));
  app.use(gateByPrefix(tasksRouter(deps.tasks, streams)));
  app.use('/api', notFound);
  if (deps.webDist) app.use(spaRouter(deps.webDist));
  app.use(notFound);
  app.use(errorHandler(deps.logger, refusalRecorder(deps.audit, deps.logger)));
  return app;
}
