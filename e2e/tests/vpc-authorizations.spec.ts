import { expect, test } from '@playwright/test';
import { createPerson, emulatorCalls, resetEmulator, signIn } from './support.ts';

const BUSY = 'vpc-core-backend';
const IDLE = 'vpc-sandbox-unbound';

test.beforeEach(async () => {
  await resetEmulator();
});

test('an operator edits an authorization with NeedBatchWork and watches the batch update finish, even across a reload', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.getByRole('link', { name: 'VPC authorizations' }).first().click();
  await page.getByRole('row', { name: new RegExp(BUSY) }).click();
  await expect(page.getByRole('table', { name: 'Bound APIs' }).getByRole('row')).toHaveCount(25);

  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByLabel('Name', { exact: true })).not.toBeEditable();
  await page.getByLabel('Instance ID').fill('i-moved-by-e2e');
  await page.getByLabel('Port').fill('8443');
  await page.getByRole('button', { name: 'Review changes' }).click();

  const review = page.getByRole('dialog');
  await expect(review.getByText('This change touches 24 published APIs')).toBeVisible();
  await expect(review.locator('[data-changed="true"]')).toHaveCount(2);
  await review.getByRole('button', { name: 'Confirm and save' }).click();

  const progress = page.getByRole('progressbar', { name: 'Task progress' });
  await expect(progress).toBeVisible();
  await page.reload();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'APIs in this task' }).locator('[data-status="succeeded"]')).toHaveCount(24);
  await expect(page.getByRole('progressbar', { name: 'Task progress' })).toHaveAttribute('aria-valuenow', '100');
});

test('removing an authorization shows its bound APIs first and needs its name typed', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/vpc-authorizations/${IDLE}`);
  await page.getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove VPC authorization' });
  const confirm = dialog.getByRole('button', { name: 'Remove authorization' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type the name to confirm').fill('vpc-sandbox');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type the name to confirm').fill(IDLE);
  await confirm.click();
  await expect(page.getByText(`Removed “${IDLE}”`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'VPC authorizations' }).getByRole('row', { name: new RegExp(IDLE) })).toHaveCount(0);
});

test('a bad port shows a field error and nothing is sent to the cloud', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  const before = await emulatorCalls('ModifyVpcAccessAndUpdateApis');
  await page.goto(`/vpc-authorizations/${BUSY}/edit`);
  await page.getByLabel('Port').fill('70000');
  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(page.getByText('Port must be between 1 and 65535')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await emulatorCalls('ModifyVpcAccessAndUpdateApis')).toBe(before);
});
