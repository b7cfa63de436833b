// `npm test`: every test (types, unit, integration, browser). Installs what it needs first.
import { buildWeb, ensureChromium, installDependencies, log, pnpm } from './lib.mjs';
import { startPostgres } from './postgres.mjs';

const started = Date.now();
try {
  installDependencies();
  ensureChromium();
  log('Type-checking every package');
  pnpm(['-r', '--workspace-concurrency=1', 'typecheck']);
  log('Linting (ESLint: import zones, cycles, typescript-eslint) and checking the format (Prettier)');
  pnpm(['run', 'lint']);
  pnpm(['run', 'format:check']);
  const postgres = startPostgres();
  try {
    log(`Unit and integration tests (vitest; BFF on PGlite${postgres ? ' and on PostgreSQL' : ' only'})`);
    pnpm(['exec', 'vitest', 'run'], { env: postgres ? { PORTICO_TEST_DATABASE_URL: postgres.url } : {} });
  } finally {
    postgres?.stop();
  }
  buildWeb();
  log('Browser tests (Playwright, Debian Chromium)');
  pnpm(['--filter', '@portico/e2e', 'test']);
  log(`All tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  process.stderr.write(`\n${error.message}\n`);
  process.exitCode = error.exitCode ?? 1;
}
