import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, configFromEnv, type BffConfig } from './config.ts';
import type { Profile } from './clouds/profiles.ts';
import { createLogger } from './logger.ts';
import { profilesFromEnvironment, start } from './server.ts';

/** A bad setting ends the start with its one line, never a stack trace (which could quote a value). */
function refuse(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readConfig(): BffConfig {
  try {
    return configFromEnv();
  } catch (error) {
    if (error instanceof ConfigError) refuse(error.message);
    throw error;
  }
}

function readProfiles(config: BffConfig): Profile[] {
  try {
    return profilesFromEnvironment(process.env, config.profilesFile);
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    const reason = issue
      ? `${issue.path.map(String).join('.')}: ${issue.message}`
      : error instanceof SyntaxError
        ? 'is not valid JSON'
        : 'cannot be read';
    refuse(`Configuration: PORTICO_PROFILES_FILE ${reason}.`);
  }
}

const config = readConfig();
const logger = createLogger({ level: config.logLevel });
// dist/main.js and src/main.ts sit at the same depth, so the SPA is found from either.
const webDist = config.webDist ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

let closeEmulator: (() => Promise<void>) | undefined;
let profiles = readProfiles(config);
if (profiles.length === 0) {
  if (!config.embeddedEmulator) refuse('Configuration: no cloud profile is configured and PORTICO_EMULATOR=0 (set PORTICO_PROFILES_FILE or ALIBABA_ACCESS_KEY_ID/SECRET).');
  // Demo mode: the emulator is loaded only now, so a configured deployment never loads it.
  const { startEmbeddedEmulator } = await import('./embedded-emulator.ts');
  const emulator = await startEmbeddedEmulator(logger);
  profiles = emulator.profiles;
  closeEmulator = emulator.close;
}

const bff = await start({
  port: config.port,
  host: config.host,
  profiles,
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  webDist,
  logger,
  adminPassword: config.adminPassword,
  trustProxy: config.trustProxy,
  publicUrl: config.publicUrl,
  metricsToken: config.metricsToken,
});
if (bff.firstAdmin?.generatedPassword) {
  // Shown once, on the terminal only (not through the logger), so the first person can sign in.
  process.stdout.write(
    `\nFirst start: an admin account was created.\n  username: ${bff.firstAdmin.username}\n  password: ${bff.firstAdmin.generatedPassword}\nSign in and change it, or set PORTICO_ADMIN_PASSWORD before the first start.\n`,
  );
}
process.stdout.write(`\nPortico is ready: ${bff.url}\n\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await bff.stop();
  await closeEmulator?.();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
