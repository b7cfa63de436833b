import { expect, test } from '@playwright/test';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { createPerson, emulatorCalls, resetEmulator, shotsAtWidths, signIn } from './support.ts';

const { ledger } = SEED_VPCEP.services;
const [pending] = ledger.connectionIds;

test.beforeEach(async () => {
  await resetEmulator();
});

test('a waiting connection is accepted after a review, and the table shows it accepted', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/endpoint-services/${ledger.id}`);
  await expect(page.getByText('1 connection waits for your acceptance')).toBeVisible();
  await page.getByRole('checkbox', { name: `Select ${pending}` }).check();
  await page.getByRole('button', { name: 'Accept (1)' }).click();
  const review = page.getByRole('dialog');
  await expect(review).toContainText(pending ?? '');
  await shotsAtWidths(page, testInfo, 'connection-accept-review');
  const before = await emulatorCalls('AcceptOrRejectEndpoint');
  await review.getByRole('button', { name: 'Confirm and accept' }).click();
  await expect(page.getByText(`${pending}: accepted`)).toBeVisible();
  const row = page.getByRole('table', { name: 'Connections' }).getByRole('row', { name: new RegExp(pending ?? '') });
  await expect(row).toContainText('accepted');
  expect(await emulatorCalls('AcceptOrRejectEndpoint')).toBe(before + 1);
});

test('accounts are added to the whitelist after a review and one is removed again', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/endpoint-services/${ledger.id}`);
  await page.getByRole('button', { name: 'Add accounts' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Account ids').fill('ab-c');
  await dialog.getByRole('button', { name: 'Review' }).click();
  await expect(dialog.getByText(/Account 1 \(ab-c\) must be an account id/)).toBeVisible();
  await dialog.getByLabel('Account ids').fill('6e9dfd51d1124e8d, 0c8f3a5e7b2d4f6a');
  await dialog.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Confirm and add' }).click();
  const whitelist = page.getByRole('table', { name: 'Whitelist' });
  await expect(whitelist.getByRole('row')).toHaveCount(3);
  await shotsAtWidths(page, testInfo, 'endpoint-service-whitelist');
  await page.getByRole('button', { name: 'Remove 6e9dfd51d1124e8d' }).click();
  await page.getByRole('button', { name: 'Confirm and remove' }).click();
  await expect(whitelist.getByRole('row')).toHaveCount(2);
  await expect(whitelist).not.toContainText('6e9dfd51d1124e8d');
});
