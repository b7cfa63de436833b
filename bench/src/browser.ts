import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ADMIN_PASSWORD } from './processes.ts';

/** Debian's Chromium (Playwright's own download cannot work here), quiet on a closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
  });
}

/** As a person does it (e2e/tests/support.ts): the form, then the app's navigation. */
export async function signInThroughUi(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
}

/**
 * The JavaScript files one fresh page load fetches until `ready` and the network is quiet: what
 * that screen costs a first-time visitor (the context's cache is expected to be empty).
 */
export async function scriptsFetched(context: BrowserContext, url: string, ready: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await context.newPage();
  const paths: string[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js') && response.ok()) paths.push(pathname);
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  return paths;
}
