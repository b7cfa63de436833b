// A throwaway PostgreSQL server on loopback for the test run (Debian's package), so the BFF
// suite runs against both stores. Returns undefined, and says why, when it cannot be had.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log } from './lib.mjs';

const PORT = Number(process.env.PORTICO_TEST_PG_PORT ?? 54329);

function binDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'pg_ctl')));
}

const quiet = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function install() {
  if (!isRoot) return false;
  log('Installing PostgreSQL (Debian package) for the PostgreSQL half of the BFF suite');
  spawnSync('apt-get', ['update', '-qq'], quiet);
  const result = spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { ...quiet, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

/** As root, the server runs as the `postgres` user (it refuses root); otherwise as whoever we are. */
function asServerUser(command, args) {
  return isRoot ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], quiet) : spawnSync(command, args, quiet);
}

export function startPostgres() {
  if (process.env.PORTICO_TEST_DATABASE_URL) return { url: process.env.PORTICO_TEST_DATABASE_URL, stop() {} };
  let bin = binDir();
  if (!bin && install()) bin = binDir();
  if (!bin) {
    log('PostgreSQL is not available here (not installed and cannot install): the BFF suite runs on PGlite only');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'portico-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (isRoot) spawnSync('chown', ['-R', 'postgres', dir]);
  const init = asServerUser(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'portico', '-E', 'UTF8', '--no-sync']);
  if (init.status !== 0) {
    log(`PostgreSQL initdb failed, running on PGlite only:\n${init.stderr}`);
    return undefined;
  }
  const options = `-p ${PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300`;
  const started = asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  if (started.status !== 0) {
    log(`PostgreSQL did not start, running on PGlite only:\n${started.stderr}${started.stdout}`);
    return undefined;
  }
  log(`PostgreSQL ${bin.split('/').at(-2)} started on 127.0.0.1:${PORT}`);
  return {
    url: `postgres://portico@127.0.0.1:${PORT}/postgres`,
    stop() {
      asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
