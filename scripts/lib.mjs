// Shared by the root commands: they must work on a machine with only Node.js and npm.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
}

export function buildWeb() {
  log('Building the web console');
  pnpm(['--filter', '@portico/web', 'build']);
}

/** Runs a TypeScript entry with tsx from the workspace, forwarding signals; resolves to its exit code. */
export function runTs(entry, env = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 0 : 1))));
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium for the browser tests; a test tool's own browser download fails here. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  log('Installing Chromium (Debian package)');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(`Chromium is missing at ${chromiumPath}. Install it with: sudo apt-get install -y chromium`);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}
