import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEMO_ALIBABA_ACCESS_KEY_ID,
  DEMO_ALIBABA_ACCESS_KEY_SECRET,
  DEMO_HUAWEI_ACCESS_KEY_ID,
  DEMO_HUAWEI_PROJECT_ID,
  DEMO_HUAWEI_REGION,
  DEMO_HUAWEI_SECRET_ACCESS_KEY,
  DEMO_REGION,
  emulatorOptionsFromEnv,
} from '@portico/cloud-emulator/config';
import { startEmulator, type RunningEmulator } from '@portico/cloud-emulator/server';
import { configFromEnv } from './config.ts';
import { ProfileFileError, type Profile } from './clouds/profiles.ts';
import { createLogger } from './logger.ts';
import { AdminPasswordError } from './services/auth/auth-service.ts';
import { Secret } from './secret.ts';
import { oidcSettingsFromEnv, OidcSettingsError } from './services/auth/oidc/oidc-settings.ts';
import { profilesFromEnvironment, start } from './server.ts';

const logger = createLogger();
const config = configFromEnv();
const webDist = config.webDist ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

let emulator: RunningEmulator | undefined;
let profiles: Profile[];
try {
  profiles = profilesFromEnvironment(process.env, config.profilesFile);
} catch (error) {
  // One line that names the file and the place; never a stack trace or the file's content.
  if (!(error instanceof ProfileFileError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
if (profiles.length === 0) {
  if (!config.embeddedEmulator) throw new Error('No cloud profile is configured and PORTICO_EMULATOR=0.');
  const emulatorOptions = emulatorOptionsFromEnv();
  // In-process, the emulator takes a free port unless one is asked for.
  emulator = await startEmulator({ ...emulatorOptions, port: process.env.EMULATOR_PORT ? emulatorOptions.port : 0 });
  const key = emulatorOptions.alibabaAccessKeys?.[0] ?? { id: DEMO_ALIBABA_ACCESS_KEY_ID, secret: DEMO_ALIBABA_ACCESS_KEY_SECRET };
  const huaweiKey = emulatorOptions.huaweiAccessKeys?.[0] ?? { id: DEMO_HUAWEI_ACCESS_KEY_ID, secret: DEMO_HUAWEI_SECRET_ACCESS_KEY };
  profiles = [embeddedAlibabaProfile(emulator, key), embeddedHuaweiProfile(emulator, huaweiKey, emulatorOptions.huaweiProjectId ?? DEMO_HUAWEI_PROJECT_ID)];
  logger.info({ emulator: emulator.url }, 'embedded cloud emulator started');
}

const bff = await startOrExplain({
  port: config.port,
  host: config.host,
  profiles,
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  webDist,
  logger,
  adminPassword: process.env.PORTICO_ADMIN_PASSWORD || undefined,
  trustProxy: process.env.TRUST_PROXY === '1',
  publicUrl: process.env.PUBLIC_URL || undefined,
  oidc: oidcSettingsOrExplain(),
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
  await emulator?.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

/** OIDC_* settings that cannot work stop the start with one line (never the client secret). */
function oidcSettingsOrExplain() {
  try {
    return oidcSettingsFromEnv(process.env);
  } catch (error) {
    if (!(error instanceof OidcSettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** A start refused for a setting (the admin password rule) says so in one line. */
async function startOrExplain(options: Parameters<typeof start>[0]) {
  try {
    return await start(options);
  } catch (error) {
    if (!(error instanceof AdminPasswordError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

function embeddedAlibabaProfile(running: RunningEmulator, key: { id: string; secret: string }): Profile {
  return {
    id: 'alibaba-emulator',
    cloud: 'alibaba',
    name: 'Alibaba Cloud (emulator)',
    region: DEMO_REGION,
    endpoint: running.endpoint,
    protocol: 'HTTP',
    accessKeyId: key.id,
    accessKeySecret: new Secret(key.secret),
    emulated: true,
  };
}

function embeddedHuaweiProfile(running: RunningEmulator, key: { id: string; secret: string }, projectId: string): Profile {
  return {
    id: 'huawei-emulator',
    cloud: 'huawei',
    name: 'Huawei Cloud (emulator)',
    region: DEMO_HUAWEI_REGION,
    endpoint: running.url,
    projectId,
    accessKeyId: key.id,
    accessKeySecret: new Secret(key.secret),
    emulated: true,
  };
}
