import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, configFromEnv, type BffConfig } from './config.ts';
import { ProfileFileError, type Profile } from './clouds/profiles.ts';
import type { EmbeddedDemoCloud } from './demo-cloud.ts';
import { createLogger } from './logger.ts';
import { AdminPasswordError } from './services/auth/auth-service.ts';
import { AccessFileError, loadAccessFile } from './services/access/access-file.ts';
import { oidcSettingsFromEnv, OidcSettingsError } from './services/auth/oidc/oidc-settings.ts';
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

/** A broken profiles file is named with the place of the error, never its content (it holds secrets). */
function readProfiles(config: BffConfig): Profile[] {
  try {
    return profilesFromEnvironment(process.env, config.profilesFile);
  } catch (error) {
    if (error instanceof ProfileFileError) refuse(`Configuration: ${error.message}`);
    throw error;
  }
}

/** A start refused for a setting (the admin password rule) says so in one line. */
async function startOrRefuse(options: Parameters<typeof start>[0]) {
  try {
    return await start(options);
  } catch (error) {
    if (error instanceof AdminPasswordError) refuse(`Configuration: ${error.message}`);
    throw error;
  }
}

/** A wrong access file stops the start with its one line: running with yesterday's grants would surprise. */
function readAccessFile(config: BffConfig) {
  if (!config.accessFile) return undefined;
  try {
    const file = loadAccessFile(config.accessFile);
    return { path: config.accessFile, grants: file.grants, changePolicies: file.changePolicies };
  } catch (error) {
    if (error instanceof AccessFileError) refuse(`Configuration: ${error.message}`);
    throw error;
  }
}

const config = readConfig();
const accessFile = readAccessFile(config);
const logger = createLogger({ level: config.logLevel });
const webDist = config.webDist ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

let demoCloud: EmbeddedDemoCloud | undefined;
let profiles = readProfiles(config);
if (profiles.length === 0) {
  if (!config.embeddedEmulator) refuse('Configuration: no cloud profile is configured and PORTICO_EMULATOR=0 (set PORTICO_PROFILES_FILE or ALIBABA_ACCESS_KEY_ID/SECRET).');
  // Demo mode: the emulator is loaded only now, so a configured deployment never loads it. Its
  // state lives beside the embedded database, so the demo cloud remembers what was done to it.
  const { startDemoCloud } = await import('./demo-cloud.ts');
  demoCloud = await startDemoCloud(config.databaseUrl ? undefined : config.dataDir);
  profiles = demoCloud.profiles;
  logger.info({ emulator: demoCloud.emulator.url, state: demoCloud.emulator.dataDir ?? 'memory' }, 'embedded cloud emulator started');
}

const bff = await startOrRefuse({
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
  demoCloud,
  accessFile,
  oidc: oidcSettingsOrRefuse(),
  inventory: { refreshEveryMs: config.inventoryRefreshEveryMs, snapshotsKept: config.inventorySnapshotsKept },
});
if (bff.firstAdmin?.generatedPassword) {
  // Shown once, on the terminal only (not through the logger), so the first person can sign in.
  process.stdout.write(
    `\nFirst start: an admin account was created.\n  username: ${bff.firstAdmin.username}\n  password: ${bff.firstAdmin.generatedPassword}\nSign in with it: the console then asks you to choose your own. (Or set PORTICO_ADMIN_PASSWORD before the first start.)\n`,
  );
}
process.stdout.write(`\nPortico is ready: ${bff.url}\n\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await bff.stop();
  await demoCloud?.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

/** OIDC_* settings that cannot work stop the start with one line (never the client secret). */
function oidcSettingsOrRefuse() {
  try {
    return oidcSettingsFromEnv(process.env);
  } catch (error) {
    if (error instanceof OidcSettingsError) refuse(error.message);
    throw error;
  }
}
