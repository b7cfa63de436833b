// Shared by the root commands: they must work on a machine with only Node.js and npm.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM = 'pnpm@10.34.8';

export function log(message) {
  process.stdout.write(`\n\x1b[1m▸ ${message}\x1b[0m\n`);
}

/** Runs a command in the repo, inheriting output; throws on failure so the caller exits non-zero. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    const error = new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    error.exitCode = result.status ?? 1;
    throw error;
  }
}

/** pnpm through npx, so nothing needs a global install (pnpm 11 needs Node 22; pin 10). */
export function pnpm(args, options) {
  run('npx', ['--yes', PNPM, ...args], { ...options, env: { npm_config_update_notifier: 'false', ...options?.env } });
}

export function installDependencies() {
  log('Installing dependencies (pnpm)');
  pnpm(['install', '--frozen-lockfile', '--prefer-offline']);
  writeFileSync(installStamp, `${new Date().toISOString()}\n`);
}

export function buildWeb() {
  log('Building the web console');
  pnpm(['--filter', '@portico/web', 'build']);
  writeFileSync(webStamp, `${new Date().toISOString()}\n`);
}

/** esbuild, straight from the BFF's own script (no pnpm round trip): about a second. */
export function buildBff() {
  log('Building the BFF');
  run(process.execPath, ['apps/bff/build.mjs']);
}

const installStamp = resolve(root, 'node_modules/.portico-installed');
export const bffStamp = resolve(root, 'apps/bff/dist/build-stamp.json');
const webStamp = resolve(root, 'apps/web/dist/.build-stamp');

/** The newest modification time under these files and folders (node_modules, dist and tests skipped). */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (!stat.isDirectory()) {
      if (!/\.test\.tsx?$/.test(path)) newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) if (entry !== 'node_modules' && entry !== 'dist') visit(resolve(path, entry));
  };
  for (const path of paths) visit(resolve(root, path));
  return newest;
}

/** True when the output's stamp is missing or older than any of its inputs. */
export function outOfDate(stamp, inputs) {
  const built = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs;
  return built === undefined || newestMtime(inputs) > built;
}

const workspaceManifests = [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  ...['apps/bff', 'apps/web', 'packages/contracts', 'packages/cloud-emulator', 'e2e', 'bench'].map((p) => `${p}/package.json`),
];

export const needsInstall = () => outOfDate(installStamp, workspaceManifests);
export const bffOutOfDate = () =>
  outOfDate(bffStamp, ['apps/bff/src', 'apps/bff/build.mjs', 'apps/bff/package.json', 'packages/contracts/src', 'packages/cloud-emulator/src', 'pnpm-lock.yaml']);
export const webOutOfDate = () =>
  outOfDate(webStamp, [
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/public',
    'apps/web/vite.config.ts',
    'apps/web/postcss.config.cjs',
    'apps/web/package.json',
    'packages/contracts/src',
    'pnpm-lock.yaml',
  ]);

/**
 * V8's young generation is sized for throughput (16 MB semi-spaces), which keeps ~30 MB more
 * resident than the footprint goals allow. 2 MB scavenged twice as often as 4 MB under the list
 * page, and 4 MB showed no more resident memory than 2 MB in the footprint bench (README, Hop).
 */
export const productionNodeFlags = ['--max-semi-space-size=4'];

/** Runs a built entry with plain node (no loader, only heap flags), forwarding signals; resolves to its exit code. */
export function runNode(entry, env = {}) {
  const child = spawn(process.execPath, [...productionNodeFlags, entry], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 0 : 1))));
}

/** Runs a TypeScript entry with tsx from the workspace, forwarding signals; resolves to its exit code. */
export function runTs(entry, env = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 0 : 1))));
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian packages the browser tests need, each by a file that shows it is installed. */
const browserPackages = [
  { name: 'chromium', present: () => existsSync(chromiumPath) },
  // Chinese glyphs: without a CJK font Chromium draws the zh-CN console's text as boxes in screenshots.
  { name: 'fonts-noto-cjk', present: () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') },
];

/** Debian's Chromium (and a CJK font) for the browser tests; a test tool's own browser download fails here. */
export function ensureChromium() {
  const missing = browserPackages.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return;
  log(`Installing ${missing.join(' and ')} (Debian packages)`);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(`${missing.join(' and ')} missing. Install with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing, 'fonts-dejavu-core'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}
