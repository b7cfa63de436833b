import { expect, test } from '@playwright/test';
import { useChinese } from './as-person.ts';
import { createPerson, resetEmulator, shotsAtWidths, signIn } from './support.ts';

// Screenshots at three widths in two languages take a while on a busy machine.
test.setTimeout(180_000);

test.beforeEach(async () => {
  await resetEmulator();
});

// FIXME (known bug, found in CI after the merges): once the server answers again, the banner's Retry
// stays in its loading state and the screen does not come back. The offline case below works.
test.fixme('given the server stops answering, when a screen is opened, then a banner says so with Retry at once, and Retry brings the screen back once it answers', async ({
  page,
  baseURL,
}, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.getByRole('navigation').getByRole('link', { name: 'Endpoint services' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'The Portico server does not answer' });
  await expect(banner).toBeVisible({ timeout: 5_000 });
  await shotsAtWidths(page, testInfo, 'offline-server-en');

  await page.unroute('**/api/**');
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('table', { name: 'Endpoint services' })).toBeVisible();
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
