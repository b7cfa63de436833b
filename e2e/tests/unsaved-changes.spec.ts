import { expect, test, type Page } from '@playwright/test';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { createPerson, resetEmulator, signIn } from './support.ts';

const BUSY = 'vpc-core-backend';
const { ledger } = SEED_VPCEP.services;

test.beforeEach(async () => {
  await resetEmulator();
});

/** Answers the next confirm dialog; resolves with its message. */
function answerNextDialog(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type() === 'beforeunload' ? 'beforeunload' : dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}

test('the VPC authorization editor asks before a navigation link and Back throw the changes away', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/vpc-authorizations/${BUSY}`);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Port').fill('8443');

  let asked = answerNextDialog(page, false);
  await page.getByRole('navigation').getByRole('link', { name: 'IP access control' }).click();
  expect(await asked).toBe('You have unsaved changes. Leave and discard them?');
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByLabel('Port')).toHaveValue('8443');

  asked = answerNextDialog(page, true);
  await page.goBack();
  await asked;
  await expect(page).toHaveURL(new RegExp(`/vpc-authorizations/${BUSY}$`));
});

test('a reload of an editor with changes asks (beforeunload) and the changes stay when the person stays', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/endpoint-services/${ledger.id}/edit`);
  await page.getByLabel('Description').fill('Changed by the guard test');
  const asked = answerNextDialog(page, false);
  void page.reload().catch(() => undefined);
  expect(await asked).toBe('beforeunload');
  await expect(page.getByLabel('Description')).toHaveValue('Changed by the guard test');
});

test('the policy item dialog asks on Esc when entries were typed, and keeps them on Cancel', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto('/ip-access-control');
  await page
    .getByRole('table', { name: 'IP access control lists' })
    .getByRole('row', { name: /portico_partner_allowlist/ })
    .click();
  await page.getByRole('button', { name: 'Add policy item' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('Entry 1').fill('198.51.100.99');
  const asked = answerNextDialog(page, false);
  await page.keyboard.press('Escape');
  expect(await asked).toBe('You have unsaved changes. Leave and discard them?');
  await expect(editor.getByLabel('Entry 1')).toHaveValue('198.51.100.99');
});
