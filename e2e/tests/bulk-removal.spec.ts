import { expect, test } from '@playwright/test';
import { createPerson, emulatorCalls, resetEmulator, shotsAtWidths, signIn } from './support.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('unbound authorizations are removed together after one review, with a result for each', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto('/vpc-authorizations');
  await expect(page.getByRole('table', { name: 'VPC authorizations' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove unbound…' }).click();
  const dialog = page.getByRole('dialog');
  const boxes = dialog.getByRole('checkbox');
  const count = await boxes.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  await dialog.getByRole('button', { name: /^Review/ }).click();
  await shotsAtWidths(page, testInfo, 'bulk-removal-review');
  const before = await emulatorCalls('RemoveVpcAccess');
  await dialog.getByRole('button', { name: /Confirm and remove/ }).click();
  const results = dialog.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem')).toHaveCount(count);
  await expect(results).toContainText('removed');
  expect(await emulatorCalls('RemoveVpcAccess')).toBe(before + count);
});
