import { expect, test } from '@playwright/test';
import { createPerson, emulatorCalls, resetEmulator, signIn } from './support.ts';

const ALLOW = 'portico_partner_allowlist';
const REFUSE = 'portico_abuse_blocklist';

test.beforeEach(async () => {
  await resetEmulator();
});

async function openAcl(page: import('@playwright/test').Page, name: string) {
  await page.goto('/ip-access-control');
  await page
    .getByRole('table', { name: 'IP access control lists' })
    .getByRole('row', { name: new RegExp(name) })
    .click();
  await expect(page.getByRole('table', { name: 'Policy items' })).toBeVisible();
}

test('pasting 11 entries shows the counter and the error; fixed, the item is saved and listed', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await openAcl(page, ALLOW);
  const items = page.getByRole('table', { name: 'Policy items' }).getByRole('row');
  const before = await items.count();
  await page.getByRole('button', { name: 'Add policy item' }).click();
  const editor = page.getByRole('dialog');
  const eleven = Array.from({ length: 11 }, (_, i) => `198.51.100.${i + 1}`).join('; ');
  await editor.getByLabel('Paste addresses').fill(eleven);
  await editor.getByRole('button', { name: 'Fill rows' }).click();
  await expect(editor.getByText('11 / 10')).toBeVisible();
  await expect(editor.getByText(/at most 10 IP addresses or CIDR blocks/)).toBeVisible();
  const adds = await emulatorCalls('AddIpControlPolicyItem');
  await editor.getByRole('button', { name: 'Remove entry 11' }).click();
  await expect(editor.getByText('10 / 10')).toBeVisible();
  await editor.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(items).toHaveCount(before + 1);
  await expect(page.getByRole('table', { name: 'Policy items' })).toContainText('198.51.100.10');
  expect(await emulatorCalls('AddIpControlPolicyItem')).toBe(adds + 1);
});

test('on a REFUSE list the AppId is disabled and says why', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await openAcl(page, REFUSE);
  await page.getByRole('button', { name: 'Add policy item' }).click();
  const editor = page.getByRole('dialog');
  await expect(editor.getByLabel('AppId')).toBeDisabled();
  await expect(editor.getByText(/only applies to ALLOW lists/)).toBeVisible();
});

test('a bad block is flagged at its row and a contained one is warned about', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await openAcl(page, ALLOW);
  await page.getByRole('button', { name: 'Add policy item' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('Paste addresses').fill('10.0.0.0/8\n10.1.2.0/24\n10.0.0.0/33');
  await editor.getByRole('button', { name: 'Fill rows' }).click();
  await expect(editor.getByText('10.0.0.0/33 is not a valid CIDR block')).toBeVisible();
  await expect(editor.getByText('10.0.0.0/8 already contains 10.1.2.0/24')).toBeVisible();
});
