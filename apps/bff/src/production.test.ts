import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ALIBABA_ACCESS_KEY_ID, DEMO_ALIBABA_ACCESS_KEY_SECRET, DEMO_REGION } from '@portico/cloud-emulator/config';
import { startEmulator, type RunningEmulator } from '@portico/cloud-emulator/server';
import { ApiClient } from './testing/client.ts';

const root = resolve(import.meta.dirname, '../../..');
const recorder = resolve(import.meta.dirname, 'testing/record-loads.mjs');
const METRICS_TOKEN = 'production-test-metrics-token';
const ADMIN_PASSWORD = 'production-test-admin-1';

interface Started {
  starter: ChildProcess;
  url: string;
  /** The BFF: the process `npm start` runs after building. */
  pid: number;
}

/**
 * `npm start` as a person runs it (scripts/start.mjs: install and build when out of date, then the
 * BFF), with a module-load recorder handed down through NODE_OPTIONS so the test can see which
 * files the BFF read. On port 0, loopback only; the URL comes from the "ready" line.
 */
async function npmStart(env: Record<string, string>, loadsDir: string): Promise<Started> {
  const starter = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', PORTICO_LOADS_DIR: loadsDir, NODE_OPTIONS: `--import=${recorder}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Portico is ready: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (ready) resolveUrl(ready[1]!);
    };
    starter.stdout!.on('data', onData);
    starter.stderr!.on('data', onData);
    starter.once('exit', (code) => reject(new Error(`npm start ended (${code}) before it was ready:\n${output}`)));
  });
  const children = readFileSync(`/proc/${starter.pid}/task/${starter.pid}/children`, 'utf8').trim().split(/\s+/);
  return { starter, url, pid: Number(children[0]) };
}

async function stop(started: Started | undefined): Promise<void> {
  if (!started || started.starter.exitCode !== null) return;
  const exited = new Promise((resolveExit) => started.starter.once('exit', resolveExit));
  started.starter.kill('SIGTERM');
  await exited;
}

const loaded = (loadsDir: string, pid: number) => readFileSync(join(loadsDir, `${pid}.txt`), 'utf8').split('\n');
const isEmulatorModule = (url: string) => /cloud-emulator|chunks\/demo-cloud/.test(url);

// /proc is Linux's; the PostgreSQL run of the suite has nothing to add here (this is the embedded start).
describe.skipIf(process.platform !== 'linux' || Boolean(process.env.PORTICO_TEST_DATABASE_URL))('the production start (npm start)', () => {
  let work: string;
  let emulator: RunningEmulator;
  let started: Started | undefined;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'portico-production-'));
    emulator = await startEmulator({ port: 0 });
    const profiles = {
      profiles: [
        {
          id: 'alibaba-test',
          cloud: 'alibaba',
          name: 'Alibaba (test emulator)',
          region: DEMO_REGION,
          endpoint: emulator.endpoint,
          protocol: 'HTTP',
          accessKeyId: DEMO_ALIBABA_ACCESS_KEY_ID,
          accessKeySecret: DEMO_ALIBABA_ACCESS_KEY_SECRET,
        },
      ],
    };
    writeFileSync(join(work, 'profiles.json'), JSON.stringify(profiles));
    started = await npmStart(
      { DATA_DIR: join(work, 'data'), PORTICO_PROFILES_FILE: join(work, 'profiles.json'), PORTICO_ADMIN_PASSWORD: ADMIN_PASSWORD, METRICS_TOKEN },
      work,
    );
  }, 300_000);

  afterAll(async () => {
    await stop(started);
    await emulator?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('when it is ready, then the BFF is plain node on the built bundle with NODE_ENV=production', () => {
    const argv = readFileSync(`/proc/${started!.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    // Only a V8 heap size flag beside the bundle: no loader, no tsx.
    expect(argv).toEqual([process.execPath, '--max-semi-space-size=4', 'apps/bff/dist/main.js']);
    const environment = readFileSync(`/proc/${started!.pid}/environ`, 'utf8').split('\0');
    expect(environment).toContain('NODE_ENV=production');
  });

  it('when a cloud profile is configured, then no emulator module is loaded', () => {
    const urls = loaded(work, started!.pid);
    // The recorder saw the bundle itself, so an absent emulator is an observation, not a silence.
    expect(urls).toContain(`file://${root}/apps/bff/dist/main.js`);
    expect(urls.filter(isEmulatorModule)).toEqual([]);
  });

  it('when probed, then /livez and /readyz answer JSON without a session', async () => {
    const live = await fetch(`${started!.url}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${started!.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: { driver: 'pglite', database: true, migrations: true } });
  });

  it('when /metrics is asked without the token, then it is refused; with it, a cloud call shows under its operation', async () => {
    expect((await fetch(`${started!.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${started!.url}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all' } })).status).toBe(401);
    const admin = new ApiClient(started!.url);
    await admin.signIn('admin', ADMIN_PASSWORD);
    expect((await admin.request('GET', '/api/vpc-authorizations?page=1&pageSize=5')).status).toBe(200);
    const scraped = await fetch(`${started!.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.status).toBe(200);
    const text = await scraped.text();
    expect(text).toMatch(/portico_cloud_calls_total\{cloud="alibaba",operation="DescribeVpcAccesses",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/portico_http_request_duration_seconds_count\{method="GET",route="\/api\/vpc-authorizations",status="200"\} 1/);
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('when no profile is configured (demo mode), then the same start does load the emulator', async () => {
    await stop(started);
    started = await npmStart({ DATA_DIR: join(work, 'data'), PORTICO_ADMIN_PASSWORD: ADMIN_PASSWORD }, work);
    expect(loaded(work, started.pid).filter(isEmulatorModule)).not.toEqual([]);
  }, 120_000);
});
