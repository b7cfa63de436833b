import { defineConfig } from '@playwright/test';
import base, { webServer } from './playwright.config.ts';

/**
 * The visual audit on 10,001 published APIs (`EMULATOR_SEED_SCALE=137`): the same size-independent
 * spec as in the main run, against its own console started once with the large seed. Its tests
 * only read (one suppression aside), so the first builds the inventory and the rest reuse it.
 * Run after the main suite, on the same ports: `playwright test -c playwright.scale.config.ts`.
 */
export default defineConfig({
  ...base,
  testMatch: ['bindings-audit.spec.ts'],
  // A 10,001-API build on two busy cores has taken a minute and a half.
  timeout: 300_000,
  // Saving a suppression waits for the 10,001-API inventory to be read again (about 8 MB).
  expect: { timeout: 30_000 },
  webServer: { ...webServer, env: { ...webServer.env, EMULATOR_SEED_SCALE: '137' } },
});
