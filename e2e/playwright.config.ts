import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

type TestConfigWebServer = Extract<PlaywrightTestConfig['webServer'], { command: string }>;

const port = Number(process.env.E2E_PORT ?? 8199);
export const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 9199);

/** The console under test (also the scale run's, with its seed). */
export const webServer = {
  command: 'node --import tsx serve.ts',
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: false,
  // Starting the emulator and the console takes seconds on an idle machine; a busy one needs longer.
  timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 180_000),
  env: { E2E_PORT: String(port), E2E_EMULATOR_PORT: String(emulatorPort) },
  stdout: 'ignore',
  stderr: 'pipe',
} satisfies TestConfigWebServer;

// Debian's Chromium; Playwright's own browser download cannot work on these machines.
export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer,
});
