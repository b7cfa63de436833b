// `npm test`: every test (types, unit, integration, browser). Installs what it needs first.
import { buildWeb, ensureChromium, installDependencies, log, pnpm } from './lib.mjs';

const started = Date.now();
try {
  installDependencies();
  ensureChromium();
  log('Type-checking every package');
  pnpm(['-r', '--workspace-concurrency=1', 'typecheck']);
  log('Unit and integration tests (vitest)');
  pnpm(['exec', 'vitest', 'run']);
  buildWeb();
  log('Browser tests (Playwright, Debian Chromium)');
  pnpm(['--filter', '@portico/e2e', 'test']);
  log(`All tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  process.stderr.write(`\n${error.message}\n`);
  process.exitCode = error.exitCode ?? 1;
}
