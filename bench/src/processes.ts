import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_ALIBABA_ACCESS_KEY_ID, DEMO_ALIBABA_ACCESS_KEY_SECRET } from '@portico/cloud-emulator/config';

export const root = resolve(import.meta.dirname, '../..');
export const ADMIN_PASSWORD = 'bench-admin-password';

/** Each side in its own process, as in production, so the client's work does not slow the server. */
export function runTs(entry: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', resolve(root, entry)], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

let built = false;

/** The production bundle, built once per bench run (esbuild, about a second). */
function buildBffOnce(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['apps/bff/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('the BFF build failed');
  built = true;
}

/**
 * How the BFF runs: `built` is what `npm start` runs now (plain node on apps/bff/dist with
 * NODE_ENV=production); `source` is how it ran before (TypeScript through tsx, NODE_ENV unset).
 */
export type BffMode = 'built' | 'source';

export function runBff(mode: BffMode, env: Record<string, string>, nodeFlags: string[] = []): ChildProcess {
  if (mode === 'source') return runTs('apps/bff/src/main.ts', { NODE_ENV: '', ...env });
  buildBffOnce();
  // As scripts/start.mjs runs it (productionNodeFlags in scripts/lib.mjs).
  return spawn(process.execPath, ['--max-semi-space-size=4', ...nodeFlags, 'apps/bff/dist/main.js'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The BFF's environment for one Alibaba profile pointed at the emulator (no emulator inside). */
export function bffEnv(options: { bffPort: number; emulatorPort: number; dataDir: string }): Record<string, string> {
  return {
    PORT: String(options.bffPort),
    DATA_DIR: options.dataDir,
    LOG_LEVEL: 'warn',
    PORTICO_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ALIBABA_ACCESS_KEY_ID: DEMO_ALIBABA_ACCESS_KEY_ID,
    ALIBABA_ACCESS_KEY_SECRET: DEMO_ALIBABA_ACCESS_KEY_SECRET,
    ALIBABA_ENDPOINT: `127.0.0.1:${options.emulatorPort}`,
    ALIBABA_PROTOCOL: 'HTTP',
  };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

// Three minutes: on a shared two-core machine under load a cold start has taken more than one.
export async function waitFor(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not come up`);
}

export interface Stack {
  emulatorUrl: string;
  emulatorEndpoint: string;
  bffUrl: string;
  bffPid: number;
  stop(): Promise<void>;
}

/** The emulator and a BFF pointed at it as a real cloud (no embedded emulator). */
export async function startStack(options: {
  emulatorPort: number;
  bffPort: number;
  emulatorEnv?: Record<string, string>;
  /** Extra BFF environment, e.g. WEB_DIST for the console benchmark. */
  bffEnv?: Record<string, string>;
  /** The production bundle unless asked otherwise. */
  bff?: BffMode;
}): Promise<Stack> {
  // Several people bench on one machine: BENCH_PORT_OFFSET moves every stack's ports together.
  const offset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
  options = { ...options, emulatorPort: options.emulatorPort + offset, bffPort: options.bffPort + offset };
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-bench-'));
  const emulator = runTs('packages/cloud-emulator/src/main.ts', { EMULATOR_PORT: String(options.emulatorPort), ...options.emulatorEnv });
  const emulatorUrl = `http://127.0.0.1:${options.emulatorPort}`;
  await waitFor(`${emulatorUrl}/__emulator/stats`);
  const bff = runBff(options.bff ?? 'built', { ...bffEnv({ bffPort: options.bffPort, emulatorPort: options.emulatorPort, dataDir }), ...options.bffEnv });
  const bffUrl = `http://127.0.0.1:${options.bffPort}`;
  try {
    await waitFor(`${bffUrl}/readyz`);
  } catch (error) {
    // A start that never came up must not leave its processes behind (a busy machine's 60 s).
    await Promise.all([stopProcess(bff), stopProcess(emulator)]);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    emulatorUrl,
    emulatorEndpoint: `127.0.0.1:${options.emulatorPort}`,
    bffUrl,
    bffPid: bff.pid!,
    stop: async () => {
      bff.kill('SIGTERM');
      emulator.kill('SIGTERM');
      await Promise.all([bff, emulator].map((p) => new Promise((r) => (p.exitCode !== null ? r(undefined) : p.once('exit', r)))));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in session against the BFF: cookie and CSRF token. */
export async function signIn(bffUrl: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${bffUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: csrfToken };
}

export async function hook(emulatorUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(emulatorUrl + path, { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/**
 * User and system CPU a process has used, from /proc (Linux), in seconds (10 ms ticks). Steadier
 * than latency on a shared machine: time spent waiting for a core is not counted.
 */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resident memory of a process, from /proc (Linux). */
export async function rssMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
