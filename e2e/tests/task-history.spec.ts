import { expect, test } from '@playwright/test';
import { createPerson, resetEmulator, shotsAtWidths, signIn } from './support.ts';

const BUSY = 'vpc-core-backend';

test.beforeEach(async () => {
  await resetEmulator();
});

test('a batch update appears in the task history with who started it, its state and its per-API results', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/vpc-authorizations/${BUSY}/edit`);
  await page.getByLabel('Instance ID').fill('i-history-e2e');
  await page.getByRole('button', { name: /Review/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Confirm/ })
    .click();
  await expect(page).toHaveURL(/task=/);
  await page.getByRole('navigation').getByRole('link', { name: 'Tasks' }).click();
  const table = page.getByRole('table', { name: 'Tasks' });
  const row = table.getByRole('row', { name: new RegExp(BUSY) }).first();
  await expect(row).toContainText('ModifyVpcAccessAndUpdateApis');
  await expect(row).toContainText(/E2E|operator/);
  await expect(row).toContainText(/completed|running/);
  await expect(row).toContainText(/succeeded, \d+ failed, \d+ pending of \d+/);
  await shotsAtWidths(page, testInfo, 'task-history');
  await row.getByRole('link', { name: BUSY }).click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
});
