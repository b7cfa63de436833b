import { expect, test } from '@playwright/test';
import { createPerson, shotsAtWidths, signIn } from './support.ts';

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

test('at 390 px Sign out and the account menu are reachable', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, await createPerson(baseURL!, 'operator'));
  const account = page.getByRole('button', { name: /^Account:/ });
  await expect(account).toBeInViewport();
  await account.click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeInViewport();
});
