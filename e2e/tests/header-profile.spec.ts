import { expect, test } from '@playwright/test';
import { createPerson, shot, shotsAtWidths, signIn } from './support.ts';

test("the header shows the profile of the screen's cloud: Alibaba on its screens, Huawei on endpoint services", async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto('/vpc-authorizations');
  await expect(page.getByTestId('profile-name')).toHaveText('Alibaba Cloud (emulator)');
  await shotsAtWidths(page, testInfo, 'header-alibaba');
  await page.getByRole('navigation').getByRole('link', { name: 'Endpoint services' }).click();
  await expect(page.getByTestId('profile-name')).toHaveText('Huawei Cloud (emulator)');
  await expect(page.getByTestId('profile-region')).toHaveText('cn-north-4');
  await shotsAtWidths(page, testInfo, 'header-huawei');
});

test('at 390 px Sign out and the account menu are reachable', async ({ page, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, await createPerson(baseURL!, 'operator'));
  const account = page.getByRole('button', { name: /^Account:/ });
  await expect(account).toBeInViewport();
  await account.click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeInViewport();
  await testInfo.attach('sign-out-390', { body: await page.screenshot(), contentType: 'image/png' });
  await shot(page, 'sign-out-390');
  await page.keyboard.press('Escape');

  // No sliver of the profile squeezed into the header: it is at the top of the navigation.
  const header = page.getByRole('banner');
  await expect(header.getByTestId('profile-name')).toHaveCount(0);
  await page.getByRole('button', { name: 'Toggle navigation' }).click();
  await expect(page.getByRole('navigation').getByTestId('profile-name')).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await testInfo.attach('navigation-390', { body: await page.screenshot(), contentType: 'image/png' });
  await shot(page, 'header-390-navigation');
});
