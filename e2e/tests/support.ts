import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as playwrightRequest, type Locator, type Page, type TestInfo } from '@playwright/test';
import { emulatorPort } from '../playwright.config.ts';

export const ADMIN = { username: 'admin', password: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password' };
export const PASSWORD = 'e2e-correct-horse-battery';
export const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;

/** Back to the emulator's seed, no faults, quick task steps. */
export async function resetEmulator(): Promise<void> {
  const api = await playwrightRequest.newContext();
  await api.post(`${emulatorUrl}/__emulator/reset`);
  await api.post(`${emulatorUrl}/__emulator/config`, { data: { taskStepMs: 150, taskFailRatio: 0 } });
  await api.dispose();
}

export async function emulatorCalls(operation: string): Promise<number> {
  const api = await playwrightRequest.newContext();
  const stats = (await (await api.get(`${emulatorUrl}/__emulator/stats`)).json()) as { calls: Record<string, number> };
  await api.dispose();
  return stats.calls[operation] ?? 0;
}

let counter = 0;

/** A person with this role, created by the admin through the API. */
export async function createPerson(baseURL: string, role: 'viewer' | 'operator' | 'admin'): Promise<{ username: string; password: string }> {
  const api = await playwrightRequest.newContext({ baseURL });
  const signIn = await api.post('/api/session', { data: ADMIN });
  if (!signIn.ok()) throw new Error(`the admin's sign-in failed: ${signIn.status()} ${await signIn.text()}`);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const username = `${role}${Date.now()}${++counter}`;
  const created = await api.post('/api/users', {
    data: { username, displayName: `E2E ${role}`, role, password: PASSWORD },
    headers: { 'x-csrf-token': csrfToken },
  });
  if (created.status() !== 201) throw new Error(`creating a ${role} failed: ${await created.text()}`);
  await api.dispose();
  return { username, password: PASSWORD };
}

export async function signIn(page: Page, person: { username: string; password: string }): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(person.username);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
}

/**
 * A screenshot for people to look at, kept only when E2E_SHOTS_DIR names a folder (not in CI):
 * `E2E_SHOTS_DIR=/tmp/shots npx playwright test`.
 */
export async function shot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await target.screenshot({ path: join(dir, `${name}.png`), ...('goto' in target ? options : {}) });
}

/** The widths every screen must work at. */
export const WIDTHS = [1440, 1024, 390] as const;

/**
 * Screenshots of the page as it is now at 1440, 1024 and 390 px, attached to the test report
 * (and kept in E2E_SHOTS_DIR when set); the viewport is put back afterwards.
 */
export async function shotsAtWidths(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const before = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const body = await page.screenshot({ fullPage: true });
    await testInfo.attach(`${name}-${width}`, { body, contentType: 'image/png' });
    const dir = process.env.E2E_SHOTS_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}-${width}.png`), body);
    }
  }
  await page.setViewportSize(before);
}
