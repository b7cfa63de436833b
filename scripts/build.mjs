// `npm run build`: the BFF bundle (apps/bff/dist) and the SPA (apps/web/dist), once each.
import { buildBff, buildWeb, installDependencies, needsInstall } from './lib.mjs';

try {
  if (needsInstall()) installDependencies();
  buildBff();
  buildWeb();
} catch (error) {
  process.stderr.write(`\n${error.message}\n`);
  process.exitCode = error.exitCode ?? 1;
}
