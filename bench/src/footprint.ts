import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { bffEnv, rssMb, runBff, runTs, signIn, stopProcess, waitFor, type BffMode } from './processes.ts';
import { percentile, type Row } from './stats.ts';

const EMULATOR_PORT = 9412;
const BFF_PORT = 8412;
const PAGES = 300;
const AUDIT_READS = 100;
const bffUrl = `http://127.0.0.1:${BFF_PORT}`;

interface Footprint {
  readyMs: number;
  idleMb: number;
  loadedMb: number;
}

/** A few hundred requests of what a console does: list pages (21 cloud calls each) and audit reads (database). */
async function load(): Promise<void> {
  const { cookie } = await signIn(bffUrl);
  for (let i = 0; i < PAGES; i++) {
    const response = await fetch(`${bffUrl}/api/vpc-authorizations?page=1&pageSize=20`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`list page answered ${response.status}`);
    await response.arrayBuffer();
  }
  for (let i = 0; i < AUDIT_READS; i++) await (await fetch(`${bffUrl}/api/audit?pageSize=50`, { headers: { cookie } })).arrayBuffer();
}

/**
 * One warm start (the database already exists: a first start, which creates it, runs before and
 * is not timed): spawn → /readyz answers 200, resident memory 2 s later, and after the load.
 */
async function measure(mode: BffMode, env: Record<string, string>): Promise<Footprint> {
  const first = runBff(mode, env);
  await waitFor(`${bffUrl}/readyz`, 120_000);
  await stopProcess(first);
  // Starts vary on a shared machine: the median of three.
  const starts: number[] = [];
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    const bff = runBff(mode, env);
    await waitFor(`${bffUrl}/readyz`, 120_000);
    starts.push(performance.now() - started);
    await stopProcess(bff);
  }
  const started = performance.now();
  const bff = runBff(mode, env);
  try {
    await waitFor(`${bffUrl}/readyz`, 120_000);
    const readyMs = percentile([...starts, performance.now() - started], 50);
    await sleep(2_000);
    const idleMb = await rssMb(bff.pid!);
    await load();
    await sleep(1_000);
    return { readyMs, idleMb, loadedMb: await rssMb(bff.pid!) };
  } finally {
    await stopProcess(bff);
  }
}

const mb = (n: number) => `${Math.round(n)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const x = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

function rows(store: string, built: Footprint, source: Footprint, goalMb: number): Row[] {
  const name = `Footprint, ${store}, no emulator inside`;
  const before = 'tsx from source';
  return [
    { benchmark: name, measure: 'RSS idle', value: mb(built.idleMb), baseline: `${mb(source.idleMb)} ${before}`, ratio: x(built.idleMb, source.idleMb) },
    {
      benchmark: name,
      measure: `RSS after ${PAGES} list pages + ${AUDIT_READS} audit reads`,
      value: mb(built.loadedMb),
      baseline: `${mb(source.loadedMb)} ${before}`,
      ratio: x(built.loadedMb, source.loadedMb),
      goal: `≤ ${goalMb} MB: ${built.loadedMb <= goalMb ? 'met' : 'not met'}`,
    },
    {
      benchmark: name,
      measure: 'warm start → /readyz 200 (median of 3)',
      value: s(built.readyMs),
      baseline: `${s(source.readyMs)} ${before}`,
      ratio: x(built.readyMs, source.readyMs),
      goal: 'a few seconds',
    },
  ];
}

async function both(env: () => Record<string, string>): Promise<[Footprint, Footprint]> {
  const built = await measure('built', env());
  const source = await measure('source', env());
  return [built, source];
}

/**
 * Resident memory of the production BFF (the bundle, NODE_ENV=production, a cloud profile so no
 * emulator inside) on the embedded database and on PostgreSQL, idle and after load, and its warm
 * start time; each beside the same BFF run from its TypeScript source with tsx, as before.
 * PostgreSQL's own server is not counted (it is another process, as in production).
 */
export async function footprint(): Promise<Row[]> {
  const emulator = runTs('packages/cloud-emulator/src/main.ts', { EMULATOR_PORT: String(EMULATOR_PORT) });
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'portico-footprint-'));
    dirs.push(dir);
    return dir;
  };
  try {
    await waitFor(`http://127.0.0.1:${EMULATOR_PORT}/__emulator/stats`);
    const env = (extra: Record<string, string> = {}) => ({ ...bffEnv({ bffPort: BFF_PORT, emulatorPort: EMULATOR_PORT, dataDir: freshDir() }), ...extra });
    const [embeddedBuilt, embeddedSource] = await both(() => env());
    const result = rows('embedded PGlite', embeddedBuilt, embeddedSource, 250);
    process.env.PORTICO_TEST_PG_PORT ??= '54339';
    // The throwaway server the test command uses (Debian's PostgreSQL), on a port of its own.
    const { startPostgres } = await import('../../scripts/postgres.mjs');
    const postgres = startPostgres();
    if (!postgres) return [...result, { benchmark: 'Footprint, PostgreSQL', measure: 'skipped', value: 'no PostgreSQL server here' }];
    try {
      // Both sides on one database: each measure() starts once untimed first, so both find it migrated.
      const [pgBuilt, pgSource] = await both(() => env({ DATABASE_URL: postgres.url }));
      return [...result, ...rows('PostgreSQL', pgBuilt, pgSource, 150)];
    } finally {
      postgres.stop();
    }
  } finally {
    await stopProcess(emulator);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
