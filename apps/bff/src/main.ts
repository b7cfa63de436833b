import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromEnv } from './config.ts';
import { ProfileFileError, type Profile } from './clouds/profiles.ts';
import { createLogger } from './logger.ts';
import { AdminPasswordError } from './services/auth/auth-service.ts';
import { startDemoCloud, type EmbeddedDemoCloud } from './demo-cloud.ts';
import { profilesFromEnvironment, start } from './server.ts';

const logger = createLogger();
const config = configFromEnv();
const webDist = config.webDist ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

let demoCloud: EmbeddedDemoCloud | undefined;
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
  demoCloud = await startDemoCloud(config.databaseUrl ? undefined : config.dataDir);
  profiles = demoCloud.profiles;
  logger.info({ emulator: demoCloud.emulator.url, state: demoCloud.emulator.dataDir ?? 'memory' }, 'embedded cloud emulator started');
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
  demoCloud,
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
  await demoCloud?.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

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
