// `npm start`: install, build the SPA, start the BFF with the embedded emulator on one URL.
import { buildWeb, installDependencies, log, runTs } from './lib.mjs';

try {
  installDependencies();
  buildWeb();
  log('Starting Portico');
  process.exitCode = await runTs('apps/bff/src/main.ts');
} catch (error) {
  process.stderr.write(`\n${error.message}\n`);
  process.exitCode = error.exitCode ?? 1;
}
