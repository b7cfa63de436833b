// The list page on several BFF builds or node flags side by side, against the SDK direct and the
// bare hop, all on one emulator and in turns of a few pages each, so that the machine's load (on
// a shared two-core VM it moves by ±30% within a minute) falls on every side alike.
// `npx tsx bench/src/ab-hop.ts [rounds] [pages-per-turn] --side=label:path/to/main.js[:node-flag,…] …`
// e.g. --side=before:apps/bff/.dist-old/main.js --side=semi8:apps/bff/dist/main.js:--max-semi-space-size=8
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPageCalls } from './list-page.ts';
import { bffEnv, cpuSeconds, root, rssMb, runTs, signIn, stopProcess, waitFor } from './processes.ts';
import { sdkClient } from './sdk.ts';
import { percentile, timeCalls } from './stats.ts';

const EMULATOR_PORT = 9432;
const HOP_PORT = 8432;
const FIRST_BFF_PORT = 8433;

interface Side {
  label: string;
  page: () => Promise<unknown>;
  pid?: number | undefined;
  times: number[];
  cpu: number;
}

const args = process.argv.slice(2);
const [roundsArg, turnArg] = args.filter((a) => !a.startsWith('--'));
const rounds = Number(roundsArg ?? 10);
const turn = Number(turnArg ?? 100);
const bffs = args
  .filter((a) => a.startsWith('--side='))
  .map((a) => {
    const [label = '', main = '', flags = ''] = a.slice('--side='.length).split(':');
    return { label, main, flags: flags ? flags.split(',') : [] };
  });

async function pageAt(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, { headers });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  await response.json();
}

const dataDirs: string[] = [];
const children: ChildProcess[] = [];
const emulator = runTs('packages/cloud-emulator/src/main.ts', { EMULATOR_PORT: String(EMULATOR_PORT) });
try {
  const emulatorEndpoint = `127.0.0.1:${EMULATOR_PORT}`;
  await waitFor(`http://${emulatorEndpoint}/__emulator/stats`);
  const hop = runTs('bench/src/bare-hop.ts', { HOP_PORT: String(HOP_PORT), HOP_EMULATOR_ENDPOINT: emulatorEndpoint });
  children.push(hop);
  const sdk = sdkClient(emulatorEndpoint);
  const sides: Side[] = [
    { label: 'SDK direct', page: () => listPageCalls(sdk), times: [], cpu: 0 },
    { label: 'bare hop', page: () => pageAt(`http://127.0.0.1:${HOP_PORT}/`, {}), pid: hop.pid, times: [], cpu: 0 },
  ];
  for (const [i, bff] of bffs.entries()) {
    const port = FIRST_BFF_PORT + i;
    const dataDir = mkdtempSync(join(tmpdir(), 'portico-ab-'));
    dataDirs.push(dataDir);
    const env = { ...process.env, NODE_ENV: 'production', ...bffEnv({ bffPort: port, emulatorPort: EMULATOR_PORT, dataDir }) };
    // As scripts/start.mjs runs it; a side's own flags come later and win.
    const child = spawn(process.execPath, ['--max-semi-space-size=4', ...bff.flags, bff.main], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/readyz`);
    const { cookie } = await signIn(url);
    sides.push({ label: bff.label, page: () => pageAt(`${url}/api/vpc-authorizations?page=1&pageSize=20`, { cookie }), pid: child.pid, times: [], cpu: 0 });
  }
  await waitFor(`http://127.0.0.1:${HOP_PORT}/`);
  for (const side of sides) await timeCalls(100, 1, side.page);
  for (let round = 0; round < rounds; round++) {
    // A different side goes first each round, so none always follows the same neighbour.
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(round + k) % sides.length]!;
      const before = side.pid ? cpuSeconds(side.pid) : 0;
      side.times.push(...(await timeCalls(turn, 1, side.page)));
      side.cpu += side.pid ? cpuSeconds(side.pid) - before : 0;
    }
  }
  const [direct, bare] = sides.map((s) => percentile(s.times, 50)) as [number, number];
  process.stdout.write(
    `load ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${rounds} rounds of ${turn} pages per side\n`,
  );
  process.stdout.write('| side | p50 | p99 | p50 / SDK direct | p50 / bare hop | server CPU per page | RSS after |\n|---|---|---|---|---|---|---|\n');
  for (const side of sides) {
    const p50 = percentile(side.times, 50);
    const cpu = side.pid ? `${((side.cpu / side.times.length) * 1e6).toFixed(0)} µs` : '';
    const rss = side.pid ? `${(await rssMb(side.pid)).toFixed(0)} MB` : '';
    const cells = [
      side.label,
      `${p50.toFixed(2)} ms`,
      `${percentile(side.times, 99).toFixed(2)} ms`,
      `${(p50 / direct).toFixed(2)}x`,
      `${(p50 / bare).toFixed(2)}x`,
      cpu,
      rss,
    ];
    process.stdout.write(`| ${cells.join(' | ')} |\n`);
  }
} finally {
  await Promise.all(children.map((child) => stopProcess(child)));
  await stopProcess(emulator);
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}
