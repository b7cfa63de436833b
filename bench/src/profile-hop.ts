// Where the BFF's time goes on a list page: the emulator and the built BFF as the bench runs them,
// the BFF under `node --cpu-prof`, a few thousand sequential list pages, then the profile's self
// time summed per place (our code, Express, the SDK, Node core, GC…) within the load window.
// `npx tsx bench/src/profile-hop.ts [pages] [out-dir]`; also `--hop` to profile the bare hop instead.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bffEnv, cpuSeconds, root, runBff, runTs, signIn, stopProcess, waitFor } from './processes.ts';
import { timeCalls } from './stats.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const hopMode = args.includes('--hop');
const profiling = !args.includes('--no-prof');
// e.g. --node=--max-semi-space-size=16 (the BFF's own --max-semi-space-size=4 comes first, so a later one wins)
// --main=path: another build of the BFF (an A/B against a copy of apps/bff/dist kept elsewhere)
const main = args.find((a) => a.startsWith('--main='))?.slice('--main='.length);
const extraFlags = args.filter((a) => a.startsWith('--node=')).map((a) => a.slice('--node='.length));
const [pagesArg, outArg] = args.filter((a) => !a.startsWith('--'));
const pages = Number(pagesArg ?? 2000);
const outDir = resolve(outArg ?? mkdtempSync(join(tmpdir(), 'portico-prof-')));
const EMULATOR_PORT = 9431;
const SERVER_PORT = 8431;

/** Which bucket a frame's self time belongs to. */
function placeOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)' || functionName === '(idle)') return functionName;
  if (!url) return `native: ${functionName || '(anonymous)'}`;
  if (url.startsWith('node:')) return `node core: ${url.slice(5).split('/')[0]}`;
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `npm: ${pkg[1]}`;
  return `ours: ${url.replace(/^.*\/(apps|packages|bench)\//, '$1/')}`;
}

function summarise(profile: CpuProfile, from: number, to: number, top: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let t = profile.startTime;
  let total = 0;
  for (const [i, id] of profile.samples.entries()) {
    t += profile.timeDeltas[i]!;
    if (t < from || t > to) continue;
    const node = byId.get(id)!;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    const place = placeOf(node.callFrame);
    if (place === '(idle)') continue;
    total += delta;
    places.set(place, (places.get(place) ?? 0) + delta);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${place}:${node.callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
  }
  const perPage = (us: number) => `${(us / pages).toFixed(0).padStart(6)} µs/page`;
  process.stdout.write(`busy ${perPage(total)} over ${pages} pages\n\nby place:\n`);
  for (const [p, us] of [...places].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${perPage(us)}  ${p}\n`);
  process.stdout.write('\nby function (self):\n');
  for (const [f, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${perPage(us)}  ${f}\n`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'portico-prof-data-'));
const emulator = runTs('packages/cloud-emulator/src/main.ts', { EMULATOR_PORT: String(EMULATOR_PORT) });
const emulatorEndpoint = `127.0.0.1:${EMULATOR_PORT}`;
const serverUrl = `http://127.0.0.1:${SERVER_PORT}`;
try {
  await waitFor(`http://${emulatorEndpoint}/__emulator/stats`);
  const profFlags = [...(profiling ? ['--cpu-prof', `--cpu-prof-dir=${outDir}`] : []), ...extraFlags];
  const server = hopMode
    ? spawn(process.execPath, [...profFlags, '--import', 'tsx', resolve(root, 'bench/src/bare-hop.ts')], {
        cwd: root,
        env: { ...process.env, HOP_PORT: String(SERVER_PORT), HOP_EMULATOR_ENDPOINT: emulatorEndpoint },
        stdio: ['ignore', 'ignore', 'inherit'],
      })
    : main
      ? spawn(process.execPath, ['--max-semi-space-size=4', ...profFlags, main], {
          cwd: root,
          env: { ...process.env, NODE_ENV: 'production', ...bffEnv({ bffPort: SERVER_PORT, emulatorPort: EMULATOR_PORT, dataDir }) },
          stdio: ['ignore', 'ignore', 'inherit'],
        })
      : runBff('built', bffEnv({ bffPort: SERVER_PORT, emulatorPort: EMULATOR_PORT, dataDir }), profFlags);
  await waitFor(hopMode ? `${serverUrl}/` : `${serverUrl}/readyz`);
  const headers: Record<string, string> = hopMode ? {} : { cookie: (await signIn(serverUrl)).cookie };
  const page = async () => {
    const response = await fetch(hopMode ? `${serverUrl}/` : `${serverUrl}/api/vpc-authorizations?page=1&pageSize=20`, { headers });
    if (response.status !== 200) throw new Error(`answered ${response.status}`);
    await response.json();
  };
  await timeCalls(200, 1, page);
  const cpuBefore = cpuSeconds(server.pid!);
  // V8's profile clock and process.hrtime are both the monotonic clock, in µs and ns.
  const from = Number(process.hrtime.bigint() / 1000n);
  const times = await timeCalls(pages, 1, page);
  const to = Number(process.hrtime.bigint() / 1000n);
  const cpuAfter = cpuSeconds(server.pid!);
  await stopProcess(server);
  const sorted = [...times].sort((a, b) => a - b);
  process.stdout.write(`p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms; server CPU ${(((cpuAfter - cpuBefore) / pages) * 1e6).toFixed(0)} µs/page\n`);
  if (profiling) {
    const file = readdirSync(outDir).find((f) => f.endsWith('.cpuprofile'))!;
    const profile = JSON.parse(readFileSync(join(outDir, file), 'utf8')) as CpuProfile;
    process.stdout.write(`profile ${join(outDir, file)}\n`);
    writeFileSync(join(outDir, 'window.json'), JSON.stringify({ from, to, pages }));
    summarise(profile, from, to, 40);
  }
} finally {
  await stopProcess(emulator);
  rmSync(dataDir, { recursive: true, force: true });
}
