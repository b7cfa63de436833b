// The console as `npm start` runs it (emulator + BFF + built SPA), on fixed test ports with a fresh
// data directory, and quicker task steps so a batch update finishes in seconds. With
// E2E_OIDC_PORT it also starts a real OpenID provider there (scripted people, see
// E2E_OIDC_PEOPLE) and signs people in through it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator } from '@portico/cloud-emulator/server';
import { emulatorProfiles } from '@portico/bff/testing/harness';
import { createLogger } from '@portico/bff/logger';
import { start } from '@portico/bff/server';

/** Who the provider knows when E2E_OIDC_PORT asks for one; the login is also the subject. */
const E2E_OIDC_PEOPLE = {
  olivia: { preferred_username: 'olivia', name: 'Olivia Operator', email: 'olivia@example.com', groups: ['portico-operators'] },
  nobody: { preferred_username: 'nobody', name: 'No Access', groups: ['marketing'] },
  // In no group OIDC_GROUP_ROLES maps: her access comes from a grant to her group only.
  tess: { preferred_username: 'tess', name: 'Tess Tester', groups: ['orders-test-ops'] },
};
const E2E_OIDC_GROUP_ROLES = 'portico-viewers=viewer,portico-operators=operator,portico-admins=admin';

const oidcPort = process.env.E2E_OIDC_PORT ? Number(process.env.E2E_OIDC_PORT) : undefined;
// Loaded only when asked for, so the shared console stays exactly as before.
const provider = oidcPort === undefined ? undefined : await (await import('@portico/bff/testing/oidc-provider')).startTestProvider(E2E_OIDC_PEOPLE, oidcPort);

const dataDir = mkdtempSync(join(tmpdir(), 'portico-e2e-'));
const emulator = await startEmulator({
  port: Number(process.env.E2E_EMULATOR_PORT),
  taskStepMs: 150,
  seedScale: Number(process.env.EMULATOR_SEED_SCALE ?? 1),
});
const bff = await start({
  port: Number(process.env.E2E_PORT),
  profiles: emulatorProfiles(emulator),
  dataDir,
  webDist: resolve(import.meta.dirname, '../apps/web/dist'),
  logger: createLogger({ level: 'warn' }),
  adminPassword: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password',
  runner: { minIntervalMs: 100, maxIntervalMs: 500 },
  // Each test starts from a reset cloud and may build the inventory again at once.
  inventory: { refreshCooldownMs: 0 },
  // Every test signs in from 127.0.0.1; the suite alone passes the production limit of 50 in 15 minutes.
  // The limits themselves are tested in the BFF's session tests.
  signInLimits: { perAddress: 100_000 },
  oidc: provider?.settings(E2E_OIDC_GROUP_ROLES),
});
await provider?.registerPortico(bff.url);
process.stdout.write(`e2e console at ${bff.url}\n`);

const stop = async () => {
  await bff.stop();
  await emulator.close();
  await provider?.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
