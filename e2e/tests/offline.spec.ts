import { expect, test, type Page, type Route } from '@playwright/test';
import { useChinese } from './as-person.ts';
import { createPerson, resetEmulator, shotsAtWidths, signIn } from './support.ts';

// Screenshots at three widths in two languages take a while on a busy machine.
test.setTimeout(180_000);

test.beforeEach(async () => {
  await resetEmulator();
});

/**
 * The server is down: every call is refused, and the list's automatic retry is left hanging, as
 * a server that stopped answering does. Retry must work while the console waits by itself.
 */
async function serverDown(page: Page): Promise<{ comeBack: () => void; release: () => Promise<unknown> }> {
  let up = false;
  let listRefused = false;
  const held: Route[] = [];
  await page.route('**/api/**', async (route) => {
    if (up) return route.continue();
    const isList = new URL(route.request().url()).pathname === '/api/endpoint-services';
    if (isList && held.length === 0 && listRefused) held.push(route);
    else {
      if (isList) listRefused = true;
      await route.abort('connectionrefused');
    }
  });
  return {
    comeBack: () => {
      up = true;
    },
    // The hanging call ends as a lost connection (the browser may have given up on it already).
    release: () => Promise.all(held.map((route) => route.abort('connectionreset').catch(() => undefined))),
  };
}

test('given the server stops answering, when a screen is opened, then a banner says so with Retry at once, and Retry brings the screen back once it answers', async ({
  page,
  baseURL,
}, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  const server = await serverDown(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Endpoint services' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'The Portico server does not answer' });
  await expect(banner).toBeVisible({ timeout: 5_000 });
  const retry = banner.getByRole('button', { name: 'Retry' });
  // The console's own retry is still waiting for an answer: the person's Retry is not blocked by it.
  await expect(retry).toBeEnabled();
  await shotsAtWidths(page, testInfo, 'offline-server-en');

  // Retry fetches now: the console's own attempt still hangs and is not waited for.
  server.comeBack();
  await retry.click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('table', { name: 'Endpoint services' })).toBeVisible();
  await server.release();
});

test('given the browser goes offline, then the banner says at once they are offline, in their language, and goes when the connection is back', async ({
  page,
  baseURL,
  context,
}, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await page.goto('/vpc-authorizations');
  await useChinese(page);
  const table = page.getByRole('table').first();
  await expect(table).toBeVisible();
  await context.setOffline(true);
  const banner = page.getByRole('alert').filter({ hasText: '您已离线' });
  await expect(banner).toBeVisible({ timeout: 5_000 });
  await expect(banner.getByRole('button', { name: '重试' })).toBeVisible();
  await shotsAtWidths(page, testInfo, 'offline-browser-zh');
  await context.setOffline(false);
  await expect(banner).toBeHidden({ timeout: 10_000 });
  // What was on screen stayed through it.
  await expect(table).toBeVisible();
});
