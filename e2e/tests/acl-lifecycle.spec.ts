import { expect, test } from '@playwright/test';
import { createPerson, emulatorCalls, resetEmulator, shotsAtWidths, signIn } from './support.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('an ACL is created, guards two APIs, cannot be deleted while it does, is unbound, then deleted', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto('/ip-access-control');
  await page.getByRole('button', { name: 'New list' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('😀 emoji name');
  await dialog.getByRole('button', { name: 'Review' }).click();
  await expect(dialog.getByText(/may only contain letters, Chinese characters, digits and underscores/)).toBeVisible();
  await dialog.getByLabel('Name').fill('office_egress');
  await dialog.getByLabel('Description').fill('Office addresses');
  await dialog.getByRole('button', { name: 'Review' }).click();
  await expect(dialog.getByRole('table', { name: 'What is saved' })).toContainText('office_egress');
  await dialog.getByRole('button', { name: 'Confirm and create' }).click();
  await expect(page.getByRole('heading', { name: /office_egress/ })).toBeVisible();

  await page.getByRole('button', { name: 'Change guarded APIs' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('API group').selectOption({ label: 'portico_payments' });
  await editor.getByText('TEST', { exact: true }).click();
  const apis = editor.getByRole('table', { name: 'Published APIs' });
  await expect(apis).toBeVisible();
  await apis.getByRole('checkbox', { name: 'get_charge' }).check();
  await apis.getByRole('checkbox', { name: 'list_charges' }).check();
  await shotsAtWidths(page, testInfo, 'acl-guarded-apis-editor');
  await editor.getByRole('button', { name: 'Review changes' }).click();
  await expect(editor.getByText('Starts guarding in TEST (2)')).toBeVisible();
  await editor.getByRole('button', { name: 'Confirm and save' }).click();
  const guarded = page.getByRole('table', { name: 'APIs this list guards' });
  await expect(guarded.getByRole('row')).toHaveCount(3);
  await shotsAtWidths(page, testInfo, 'acl-detail');

  const deletes = await emulatorCalls('DeleteIpControl');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog').getByText('office_egress still guards 2 APIs')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).last().click();

  await page.getByRole('button', { name: 'Change guarded APIs' }).click();
  await editor.getByLabel('API group').selectOption({ label: 'portico_payments' });
  await editor.getByText('TEST', { exact: true }).click();
  await apis.getByRole('checkbox', { name: 'get_charge' }).uncheck();
  await apis.getByRole('checkbox', { name: 'list_charges' }).uncheck();
  await editor.getByRole('button', { name: 'Review changes' }).click();
  await expect(editor.getByText('Stops guarding in TEST (2)')).toBeVisible();
  await editor.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByText('No published API is bound to this list')).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByLabel('Type office_egress to confirm').fill('office_egress');
  await page.getByRole('button', { name: 'Delete list' }).click();
  await expect(page.getByText('Deleted the list office_egress.')).toBeVisible();
  expect(await emulatorCalls('DeleteIpControl')).toBe(deletes + 1);
});

test('an ACL is renamed after a review that shows before and after', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto('/ip-access-control');
  await page
    .getByRole('table', { name: 'IP access control lists' })
    .getByRole('row', { name: /portico_partner_allowlist/ })
    .click();
  await page.getByRole('button', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('partner_allowlist_v2');
  await dialog.getByRole('button', { name: 'Review' }).click();
  const review = dialog.getByRole('table', { name: 'What is saved' });
  await expect(review).toContainText('portico_partner_allowlist');
  await expect(review).toContainText('partner_allowlist_v2');
  await dialog.getByRole('button', { name: 'Confirm and rename' }).click();
  await expect(page.getByRole('heading', { name: /partner_allowlist_v2/ })).toBeVisible();
});

test('the policy item editor warns about overlaps with the other items once, and the review repeats them', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto('/ip-access-control');
  await page
    .getByRole('table', { name: 'IP access control lists' })
    .getByRole('row', { name: /portico_partner_allowlist/ })
    .click();
  await page.getByRole('button', { name: 'Add policy item' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('Entry 1').fill('203.0.113.7');
  const warning = editor.getByText(/203\.0\.113\.7 is inside 203\.0\.113\.0\/24 of policy item/);
  await expect(warning).toHaveCount(1);
  await editor.getByRole('button', { name: 'Review changes' }).click();
  await expect(editor.getByRole('list', { name: 'Warnings' })).toContainText(/203\.0\.113\.7 is inside 203\.0\.113\.0\/24 of policy item/);
});
