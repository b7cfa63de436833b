// `npm start`: install and build only what is out of date, then run the built BFF with plain node
// in production mode (it serves the built SPA; with no cloud profile it loads the emulator).
import { bffOutOfDate, buildBff, buildWeb, installDependencies, log, needsInstall, runNode, webOutOfDate } from './lib.mjs';

try {
  if (needsInstall()) installDependencies();
  if (bffOutOfDate()) buildBff();
  if (webOutOfDate()) buildWeb();
  log('Starting Portico');
  process.exitCode = await runNode('apps/bff/dist/main.js', { NODE_ENV: 'production' });
} catch (error) {
  process.stderr.write(`\n${error.message}\n`);
  process.exitCode = error.exitCode ?? 1;
}
