import type { CheckedChangePolicy } from '@portico/contracts/changes';
import { changeServices, type ChangeOptions } from './services/changes/wiring.ts';
import type { AccessFile } from '@portico/contracts/grants';
import { AccessService } from './services/access/access-service.ts';
import { GrantStore } from './services/access/grant-store.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { alibabaProfileFromEnv, loadProfileFile, ProfileRegistry, type Profile } from './clouds/profiles.ts';
import { CloudClients } from './clouds/cloud-clients.ts';
import type { AlibabaCallOptions } from './clouds/alibaba/client.ts';
import { describeVpcUpdateTask } from './clouds/alibaba/vpc-access.ts';
import { openDatabase, type Database } from './db/database.ts';
import { createApp } from './app.ts';
import { createLogger, type Logger } from './logger.ts';
import { Metrics } from './metrics/metrics.ts';
import { InProcessTaskBus } from './services/tasks/task-bus.ts';
import { DatabaseTaskBus } from './services/tasks/db-task-bus.ts';
import { Drain } from './http/drain.ts';
import { defaultRunnerOptions, TaskRunner, type TaskRunnerOptions } from './services/tasks/task-runner.ts';
import { TaskService } from './services/tasks/task-service.ts';
import { TaskStore } from './services/tasks/task-store.ts';
import { AuditLog } from './services/audit/audit-log.ts';
import { AuthService } from './services/auth/auth-service.ts';
import { defaultSessionPolicy, SessionStore, type SessionPolicy } from './services/auth/session-store.ts';
import { UserStore } from './services/auth/user-store.ts';
import { shareSessionNotices } from './services/auth/session-notices.ts';
import { AttemptStore } from './services/auth/attempt-store.ts';
import { TokenService } from './services/auth/token-service.ts';
import { SignInSettingsStore } from './services/auth/sign-in-settings.ts';
import type { OidcSettings } from './services/auth/oidc/oidc-settings.ts';
import { LoginStore } from './services/auth/oidc/login-store.ts';
import { OidcSignIn } from './services/auth/oidc/oidc-sign-in.ts';
import { ProviderClient } from './services/auth/oidc/provider-client.ts';
import { RevertService } from './services/reverts.ts';
import { revertibleVpcOperations, VpcAuthorizationService } from './services/vpc-authorizations.ts';
import { IpControlService, revertibleIpControlOperations } from './services/ip-controls.ts';
import { IpControlListService } from './services/ip-control-lists.ts';
import type { AuditEvent, ResourceType } from '@portico/contracts/audit';
import { EndpointServiceService, revertibleEndpointServiceOperations } from './services/endpoint-services.ts';
import type { HuaweiCallOptions } from './clouds/huawei/client.ts';
import { BackendModelService } from './services/backend-models/backend-models.ts';
import { backendModelReverter, replacedSecrets } from './services/backend-models/reverter.ts';
import { describeBackendUpdateTask } from './clouds/alibaba/backends.ts';
import { defaultInventoryOptions, InventoryService, type InventoryOptions } from './services/bindings/inventory-service.ts';
import { InventoryStore } from './services/bindings/inventory-store.ts';
import type { DriftChange } from './services/bindings/drift.ts';
import { recordDrift } from './services/bindings/drift-audit.ts';
import { SuppressionService } from './services/bindings/suppressions.ts';
import { JobNotices } from './services/bindings/job-notices.ts';
import { type DemoCloud, DemoCloudService } from './services/demo-cloud.ts';

/** Which recorded operations the console knows how to undo, per resource type. */
const revertibleOperations: Partial<Record<ResourceType, Set<string>>> = {
  'vpc-authorization': revertibleVpcOperations,
  'ip-control': revertibleIpControlOperations,
  'endpoint-service': revertibleEndpointServiceOperations,
  'backend-model': new Set(['ModifyBackendModel']),
};
import { defaultSignInLimits, type SignInAttemptStores, type SignInLimits } from './routes/session.ts';

export interface StartOptions {
  port: number;
  host?: string;
  profiles: Profile[];
  /** Embedded PGlite here, or in memory when neither this nor databaseUrl is given. */
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  webDist?: string | undefined;
  logger?: Logger;
  runner?: Partial<TaskRunnerOptions>;
  alibaba?: AlibabaCallOptions;
  huawei?: HuaweiCallOptions;
  sseKeepAliveMs?: number;
  /** Event streams one session may hold open at once (default 8). */
  maxStreamsPerSession?: number;
  sessions?: Partial<SessionPolicy>;
  signInLimits?: Partial<SignInLimits>;
  /** The first admin's password; generated and printed once when absent. */
  adminPassword?: string | undefined;
  /** What Express's `trust proxy` takes: true, a hop count, or addresses and subnets. */
  trustProxy?: boolean | number | string | string[];
  /** The console's public URL: an https one makes the cookie `__Host-` and Secure, sends HSTS and checks Origin on changes. */
  publicUrl?: string | undefined;
  /** When set, `/metrics` answers only `Authorization: Bearer <token>`. */
  metricsToken?: string | undefined;
  inventory?: Partial<InventoryOptions>;
  /** How long a stop waits for requests in flight. */
  drainTimeoutMs?: number;
  /** How long a change may stay `pending` before the audit log calls its outcome unknown. */
  auditPendingUnknownMs?: number;
  /** The embedded emulator in demo mode, which an admin may reset from the console. */
  demoCloud?: DemoCloud | undefined;
  /** Sign-in with an OpenID Connect provider (OIDC_* settings); password sign-in only without it. */
  oidc?: OidcSettings | undefined;
  /** PORTICO_ACCESS_FILE, read and checked: its grants replace the previous file's at start. */
  accessFile?: { path: string; grants: AccessFile['grants']; changePolicies?: CheckedChangePolicy[] | undefined } | undefined;
  /** Change requests: webhook retries, the step-up window, how often due applies are looked for. */
  changes?: ChangeOptions | undefined;
}

export interface RunningBff {
  url: string;
  port: number;
  server: Server;
  database: Database;
  runner: TaskRunner;
  auth: AuthService;
  audit: AuditLog;
  metrics: Metrics;
  /** Set when this start created the first admin with a generated password. */
  firstAdmin?: { username: string; generatedPassword?: string } | undefined;
  stop(): Promise<void>;
}

/** Profiles from a file, else from ALIBABA_* variables; empty means "use the emulator". */
export function profilesFromEnvironment(env: NodeJS.ProcessEnv, profilesFile?: string): Profile[] {
  if (profilesFile) return loadProfileFile(profilesFile);
  const alibaba = alibabaProfileFromEnv(env);
  return alibaba ? [alibaba] : [];
}

function signInAttemptStores(database: Database, windowMs: number): SignInAttemptStores {
  return {
    byAddress: new AttemptStore(database.db, 'address:', windowMs),
    byAccountAndAddress: new AttemptStore(database.db, 'account-address:', windowMs),
    oidcByAddress: new AttemptStore(database.db, 'oidc-address:', windowMs),
    accountFailures: new AttemptStore(database.db, 'account:', windowMs),
  };
}

export async function start(options: StartOptions): Promise<RunningBff> {
  const logger = options.logger ?? createLogger();
  const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const drain = new Drain();
  const store = new TaskStore(database.db);
  const metrics = new Metrics({ taskCounts: () => store.countsByKindAndState(), openStreams: () => drain.openStreams });
  const clouds = new CloudClients(new ProfileRegistry(options.profiles), options.alibaba, options.huawei, metrics);
  // A change that replaced a secret cannot be undone: the audit log never kept the old value.
  const revertible = (e: Pick<AuditEvent, 'resourceType' | 'operation' | 'result' | 'after'>) =>
    e.result === 'succeeded' && (revertibleOperations[e.resourceType]?.has(e.operation) ?? false) && replacedSecrets(e.after).length === 0;
  const audit = new AuditLog(database.db, revertible, options.auditPendingUnknownMs);
  await audit.markAbandoned();
  const sessions = new SessionStore(database.db, { ...defaultSessionPolicy, ...options.sessions });
  // One process on PGlite has nobody to tell; on PostgreSQL other instances keep sessions too.
  if (database.driver === 'postgres') await shareSessionNotices(database, sessions);
  const users = new UserStore(database.db);
  const access = new AccessService(new GrantStore(database.db), audit);
  if (options.accessFile) await access.loadFile({ name: 'system' }, options.accessFile.path, options.accessFile.grants);
  const auth = new AuthService(users, sessions, audit, new SignInSettingsStore(database.db, audit, options.oidc !== undefined), access);
  const logins = new LoginStore(database.db);
  const oidc = options.oidc && new OidcSignIn(options.oidc, new ProviderClient(options.oidc), logins, users, sessions, audit, access);
  const firstAdmin = await auth.ensureFirstAdmin(options.adminPassword);
  // One process on PGlite needs no relay; on PostgreSQL other instances may be watching.
  const dbBus = database.driver === 'postgres' ? new DatabaseTaskBus(database, (id, seq) => store.eventsAfter(id, seq), logger) : undefined;
  await dbBus?.start();
  const bus = dbBus ?? new InProcessTaskBus();
  const runner = new TaskRunner(
    store,
    bus,
    {
      'vpc-authorization-update': (task) => describeVpcUpdateTask(clouds.alibaba(task.profile), task.operationId),
      'backend-model-update': (task) => describeBackendUpdateTask(clouds.alibaba(task.profile), task.operationId),
    },
    logger,
    { ...defaultRunnerOptions, ...options.runner },
    (taskId, outcome) => audit.taskEnded(taskId, outcome),
  );
  const tasks = new TaskService(store, bus, runner);
  const vpcAuthorizations = new VpcAuthorizationService(clouds, tasks, audit);
  const ipControls = new IpControlService(clouds, audit);
  const ipControlLists = new IpControlListService(clouds, audit);
  const endpointServices = new EndpointServiceService(clouds, audit);
  const backendModels = new BackendModelService(clouds, tasks, audit);
  const inventoryOptions = {
    ...defaultInventoryOptions,
    onBuildEnded: (profile: string, outcome: 'completed' | 'failed', seconds: number, asOf?: Date) => metrics.inventoryBuilt(profile, outcome, seconds, asOf),
    onDrift: (profile: string, changes: DriftChange[]) => recordDrift(audit, clouds, profile, changes),
    ...options.inventory,
  };
  const inventory = new InventoryService(clouds, new InventoryStore(database.db), new JobNotices(database, logger), logger, inventoryOptions);
  await inventory.start();
  // The console's own changes reach the inventory at once: the one resource is read again.
  audit.onChange((target) => {
    // Endpoint services (Huawei) are part of every Alibaba profile's inventory: the default one here.
    if (target.resource) inventory.followChange(target.cloud === 'alibaba' ? target.profile : undefined, target.resource);
  });
  const reverts = new RevertService(audit, {
    'vpc-authorization': vpcAuthorizations.reverter(),
    'ip-control': ipControls.reverter(),
    'endpoint-service': endpointServices.reverter(),
    'backend-model': backendModelReverter(clouds, backendModels),
  });
  const changes = changeServices({
    database,
    audit,
    users,
    access,
    logger,
    publicUrl: options.publicUrl,
    options: options.changes,
    clouds,
    services: { backendModels, ipControls, vpcAuthorizations, endpointServices },
  });
  if (options.accessFile?.changePolicies) await changes.policies.loadFile({ name: 'system' }, options.accessFile.path, options.accessFile.changePolicies);
  const app = createApp({
    changes: changes.changes,
    changePolicies: changes.policies,
    stepUp: changes.stepUp,
    database,
    clouds,
    tasks,
    auth,
    access,
    tokens: new TokenService(database.db, audit, async (key) => {
      // Its open streams close here and, through the notice, on every other instance.
      sessions.hear({ tokenHash: key });
      await sessions.announce({ tokenHash: key });
    }),
    audit,
    reverts,
    vpcAuthorizations,
    ipControls,
    ipControlLists,
    endpointServices,
    backendModels,
    inventory,
    suppressions: new SuppressionService(database.db, audit, clouds),
    demoCloud: new DemoCloudService(options.demoCloud, audit),
    logger,
    drain,
    signInLimits: { ...defaultSignInLimits, ...options.signInLimits },
    signInAttempts: signInAttemptStores(database, { ...defaultSignInLimits, ...options.signInLimits }.windowMs),
    trustProxy: options.trustProxy ?? false,
    publicUrl: options.publicUrl,
    metrics,
    metricsToken: options.metricsToken,
    oidc,
    webDist: options.webDist,
    ...(options.sseKeepAliveMs ? { sseKeepAliveMs: options.sseKeepAliveMs } : {}),
    ...(options.maxStreamsPerSession ? { maxStreamsPerSession: options.maxStreamsPerSession } : {}),
  });
  const server = createServer(app);
  // Bound slow clients.
  server.headersTimeout = 15_000;
  // Receiving a request (headers and body) may take this long; responses such as SSE are not bounded by it.
  server.requestTimeout = 30_000;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolveListen());
  });
  runner.start();
  // Sessions past their end and audit records whose instance died are tidied now and then.
  const housekeeping = setInterval(() => {
    void auth.sessions.purgeExpired().catch(() => undefined);
    void AttemptStore.purgeExpired(database.db).catch(() => undefined);
    void logins.purgeExpired().catch(() => undefined);
    void audit.markAbandoned().catch(() => undefined);
  }, 60_000);
  housekeeping.unref();
  const changeLoop = changes.startLoop();
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`;
  let stopping: Promise<void> | undefined;
  /**
   * SIGTERM drains: no new work (503 and no new connections), event streams ended so browsers
   * reconnect elsewhere, the running poll finished and leases handed back, requests in flight
   * (their cloud calls) given time to finish, then the database closed.
   */
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(housekeeping);
      changeLoop.stop();
      drain.begin();
      const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      server.closeIdleConnections();
      await Promise.all([runner.stop(), inventory.stop()]);
      await Promise.race([closed, new Promise((r) => setTimeout(r, options.drainTimeoutMs ?? 10_000).unref())]);
      server.closeAllConnections();
      await dbBus?.stop();
      await database.close();
    })());
  return { url, port, server, database, runner, auth, audit, metrics, firstAdmin, stop };
}
