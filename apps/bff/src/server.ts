import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { alibabaProfileFromEnv, loadProfileFile, ProfileRegistry, type Profile } from './clouds/profiles.ts';
import { CloudClients } from './clouds/cloud-clients.ts';
import type { AlibabaCallOptions } from './clouds/alibaba/client.ts';
import { describeVpcUpdateTask } from './clouds/alibaba/vpc-access.ts';
import { openDatabase, type Database } from './db/database.ts';
import { createApp } from './app.ts';
import { createLogger, type Logger } from './logger.ts';
import { InProcessTaskBus } from './services/tasks/task-bus.ts';
import { defaultRunnerOptions, TaskRunner, type TaskRunnerOptions } from './services/tasks/task-runner.ts';
import { TaskService } from './services/tasks/task-service.ts';
import { TaskStore } from './services/tasks/task-store.ts';

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
  sseKeepAliveMs?: number;
}

export interface RunningBff {
  url: string;
  port: number;
  server: Server;
  database: Database;
  runner: TaskRunner;
  stop(): Promise<void>;
}

/** Profiles from a file, else from ALIBABA_* variables; empty means "use the emulator". */
export function profilesFromEnvironment(env: NodeJS.ProcessEnv, profilesFile?: string): Profile[] {
  if (profilesFile) return loadProfileFile(profilesFile);
  const alibaba = alibabaProfileFromEnv(env);
  return alibaba ? [alibaba] : [];
}

export async function start(options: StartOptions): Promise<RunningBff> {
  const logger = options.logger ?? createLogger();
  const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const clouds = new CloudClients(new ProfileRegistry(options.profiles), options.alibaba);
  const bus = new InProcessTaskBus();
  const store = new TaskStore(database.db);
  const runner = new TaskRunner(
    store,
    bus,
    {
      'vpc-authorization-update': (task) => describeVpcUpdateTask(clouds.alibaba(task.profile), task.operationId),
      'backend-model-update': undefined,
    },
    logger,
    { ...defaultRunnerOptions, ...options.runner },
  );
  const tasks = new TaskService(store, bus, runner);
  const app = createApp({
    database,
    clouds,
    tasks,
    logger,
    webDist: options.webDist,
    ...(options.sseKeepAliveMs ? { sseKeepAliveMs: options.sseKeepAliveMs } : {}),
  });
  const server = createServer(app);
  // Bound slow clients; SSE responses are long-lived on purpose, so no overall request timeout here.
  server.headersTimeout = 15_000;
  server.requestTimeout = 0;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolveListen());
  });
  runner.start();
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      server.close();
      await runner.stop();
      server.closeAllConnections();
      await database.close();
    })());
  return { url, port, server, database, runner, stop };
}
