import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEFAULT_SEED_SCALE,
  DEFAULT_TASK_FAIL_RATIO,
  DEFAULT_TASK_STEP_MS,
  DEMO_ALIBABA_ACCESS_KEY_ID,
  DEMO_ALIBABA_ACCESS_KEY_SECRET,
  DEMO_HUAWEI_ACCESS_KEY_ID,
  DEMO_HUAWEI_AUTH_TOKEN,
  DEMO_HUAWEI_PROJECT_ID,
  DEMO_HUAWEI_SECRET_ACCESS_KEY,
} from './config.ts';
import { HOOKS_PREFIX, handleHook } from './control/hooks.ts';
import type { AccessKeyPair } from './core/credentials.ts';
import { Emulator } from './emulator.ts';

export type { AccessKeyPair } from './core/credentials.ts';

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: the documented demo pair. */
  alibabaAccessKeys?: AccessKeyPair[];
  /** Time each published API takes in a batch update task (default 300). */
  taskStepMs?: number;
  /** Share of APIs that fail in batch update tasks, 0..1 (default 0). */
  taskFailRatio?: number;
  /** N× the seeded authorizations, groups and APIs (default 1). */
  seedScale?: number;
  /** Huawei AK/SK pairs (default: the documented demo pair). */
  huaweiAccessKeys?: AccessKeyPair[];
  /** The one Huawei project the keys open (default DEMO_HUAWEI_PROJECT_ID). */
  huaweiProjectId?: string;
  /** Accepted X-Auth-Token values (default: DEMO_HUAWEI_AUTH_TOKEN). */
  huaweiAuthTokens?: string[];
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** '127.0.0.1:PORT', as the SDK's endpoint. */
  endpoint: string;
  /** The Huawei project id the emulator answers for (`/v1/{project_id}/…`). */
  huaweiProjectId: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

function readBody(req: IncomingMessage, done: (body: Buffer | undefined) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => done(tooLarge ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
  req.on('error', () => done(undefined));
}

function route(emulator: Emulator, req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  const url = req.url ?? '/';
  if (url.startsWith(HOOKS_PREFIX)) {
    handleHook(emulator, req, res, body);
    return;
  }
  const path = url.split('?', 1)[0] ?? '';
  if (path === '/' || path === '') {
    void emulator.rpc(req, res, body);
    return;
  }
  if (path.startsWith('/v1/')) {
    void emulator.huaweiRest(req, res, body);
    return;
  }
  const payload = JSON.stringify({ Code: 'NotFound', Message: `Nothing is served at ${path}.` });
  res.writeHead(404, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

/**
 * Starts the emulator on loopback; Alibaba RPC answers at `/`, Huawei REST under
 * `/v1/` (VPCEP at `/v1/{project_id}/vpc-endpoint-services`), test hooks under `/__emulator/`.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const keys = options.alibabaAccessKeys?.length ? options.alibabaAccessKeys : [{ id: DEMO_ALIBABA_ACCESS_KEY_ID, secret: DEMO_ALIBABA_ACCESS_KEY_SECRET }];
  const emulator = new Emulator({
    accessKeys: keys,
    settings: {
      taskStepMs: options.taskStepMs ?? DEFAULT_TASK_STEP_MS,
      taskFailRatio: options.taskFailRatio ?? DEFAULT_TASK_FAIL_RATIO,
    },
    seedScale: options.seedScale ?? DEFAULT_SEED_SCALE,
    huawei: {
      accessKeys: options.huaweiAccessKeys?.length ? options.huaweiAccessKeys : [{ id: DEMO_HUAWEI_ACCESS_KEY_ID, secret: DEMO_HUAWEI_SECRET_ACCESS_KEY }],
      projectId: options.huaweiProjectId ?? DEMO_HUAWEI_PROJECT_ID,
      authTokens: options.huaweiAuthTokens?.length ? options.huaweiAuthTokens : [DEMO_HUAWEI_AUTH_TOKEN],
    },
  });
  const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
    readBody(req, (body) => {
      if (body === undefined) {
        res.writeHead(413, { connection: 'close' });
        res.end();
        return;
      }
      try {
        route(emulator, req, res, body);
      } catch (error) {
        console.error('[cloud-emulator] unexpected error', error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    endpoint: `${shownHost}:${port}`,
    huaweiProjectId: options.huaweiProjectId ?? DEMO_HUAWEI_PROJECT_ID,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
