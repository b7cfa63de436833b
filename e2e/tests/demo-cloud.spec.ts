// Demo mode as `npm start` runs it: apps/bff/src/main.ts with no cloud profile, so the emulator
// is embedded and keeps its state under DATA_DIR. This spec starts (and restarts) its own server
// on a temporary data directory, apart from the shared console of the other specs.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.E2E_DEMO_PORT ?? 8299);
const url = `http://127.0.0.1:${port}`;
const admin = { username: 'admin', password: 'e2e-demo-admin-password' };
const BUSY = 'vpc-core-backend';

let dataDir: string;
let server: ChildProcess | undefined;

/** Starts main.ts as `npm start` does and waits for "Portico is ready". */
async function startServer(): Promise<void> {
  // Nothing may point it at a cloud or pin the emulator: demo mode, free ports.
  const unset = new Set(['PORTICO_PROFILES_FILE', 'ALIBABA_ACCESS_KEY_ID', 'DATABASE_URL', 'EMULATOR_PORT', 'EMULATOR_DATA_DIR']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !unset.has(name)));
  const env: NodeJS.ProcessEnv = { ...inherited, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PORTICO_ADMIN_PASSWORD: admin.password };
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/bff/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Portico is ready')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`the server exited (${code}):\n${output}`)));
  });
}

/** Ctrl-C: SIGINT, and wait for the process to be gone (listen first: the exit may come at once). */
async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGINT');
  await exited;
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('Username').fill(admin.username);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'portico-e2e-demo-'));
  await startServer();
});

test.afterAll(async () => {
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
});

test('in demo mode a change survives a restart of the server, and the audit log and the resources agree', async ({ page }) => {
  await signIn(page);
  await page.goto(`${url}/vpc-authorizations/${BUSY}/edit`);
  await page.getByLabel('Port').fill('9443');
  await page.getByLabel('Update bound APIs (NeedBatchWork)').uncheck();
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByText('9443').first()).toBeVisible();

  await stopServer();
  await startServer();

  // Still signed in: sessions live in the database, which is under DATA_DIR too.
  await page.goto(`${url}/vpc-authorizations/${BUSY}`);
  await expect(page.getByRole('region', { name: 'Attributes' })).toContainText('9443');
  await page.goto(`${url}/audit`);
  const row = page.getByRole('table', { name: 'Audit events' }).getByRole('row', { name: /admin.*ModifyVpcAccessAndUpdateApis/ });
  await expect(row).toHaveCount(1);
  await row.click();
  const changes = page.getByRole('table', { name: 'Changes' });
  await expect(changes).toContainText('port');
  await expect(changes).toContainText('9443');
});

test("the second region's profile shows its own resources", async ({ page }) => {
  await signIn(page);
  await page.goto(`${url}/vpc-authorizations`);
  const table = page.getByRole('table', { name: 'VPC authorizations' });
  await expect(table).toContainText(BUSY);
  await page.getByRole('button', { name: /Active cloud profile: Alibaba Cloud \(emulator\) · cn-hangzhou/ }).click();
  await page.getByRole('menuitem', { name: /cn-shenzhen/ }).click();
  await expect(page.getByTestId('profile-region')).toHaveText('cn-shenzhen');
  await expect(table).toContainText('vpc-shipping-sh-slb');
  await expect(table).toContainText('vpc-shipping-sh-spare');
  await expect(table).not.toContainText(BUSY);
});

test("the second Huawei project's profile shows its own endpoint services", async ({ page }) => {
  await signIn(page);
  await page.goto(`${url}/endpoint-services`);
  const table = page.getByRole('table', { name: 'Endpoint services' });
  await expect(table).toContainText('core-gateway');
  await page.getByRole('button', { name: /Active cloud profile: Huawei Cloud \(emulator\) · cn-north-4/ }).click();
  await page.getByRole('menuitem', { name: /cn-east-3/ }).click();
  await expect(page.getByTestId('profile-region')).toHaveText('cn-east-3');
  await expect(page).toHaveURL(/[?&]profile=/);
  await expect(table).toContainText('east-gateway');
  await expect(table).toContainText('east-reports');
  await expect(table).not.toContainText('core-gateway');
  // Remembered, and in the URL: a reload keeps it; the Alibaba screens keep their own choice.
  await page.reload();
  await expect(page.getByTestId('profile-region')).toHaveText('cn-east-3');
  await page.getByRole('navigation').getByRole('link', { name: 'VPC authorizations' }).click();
  await expect(page.getByTestId('profile-name')).toContainText('Alibaba Cloud');
});

test('an admin resets the demo cloud after a confirmation that the audit log stays', async ({ page }) => {
  await signIn(page);
  await page.goto(`${url}/people`);
  await page.getByRole('button', { name: 'Reset the demo cloud…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the demo cloud?' });
  await expect(dialog).toContainText('The audit log stays');
  await dialog.getByRole('button', { name: 'Reset the demo cloud' }).click();
  await expect(page.getByText('The demo cloud is back to its seed')).toBeVisible();

  await page.goto(`${url}/vpc-authorizations/${BUSY}`);
  await expect(page.getByRole('region', { name: 'Attributes' })).toContainText('8080');
  await expect(page.getByRole('region', { name: 'Attributes' })).not.toContainText('9443');
  await page.goto(`${url}/audit`);
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events.getByRole('row', { name: /admin.*ResetDemoCloud/ })).toHaveCount(1);
  await expect(events.getByRole('row', { name: /admin.*ModifyVpcAccessAndUpdateApis/ })).toHaveCount(1);
});
