import { expect, test, type Locator, type Page } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { createPerson, resetEmulator, shotsAtWidths, signIn } from './support.ts';

const BUSY = 'vpc-core-backend';
const { ledger } = SEED_VPCEP.services;

// Screenshots at three widths take a while on a busy machine.
test.setTimeout(120_000);

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

test('the VPC authorization editor asks before a navigation link and Back throw the changes away', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/vpc-authorizations/${BUSY}`);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Port').fill('8443');
  await shotsAtWidths(page, testInfo, 'guard-vpc-authorization');

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

test('the policy item dialog asks on Esc when entries were typed, and keeps them on Cancel', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto('/ip-access-control');
  await page
    .getByRole('table', { name: 'IP access control lists' })
    .getByRole('row', { name: /portico_partner_allowlist/ })
    .click();
  await page.getByRole('button', { name: 'Add policy item' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByLabel('Entry 1').fill('198.51.100.99');
  await shotsAtWidths(page, testInfo, 'guard-policy-item');
  const asked = answerNextDialog(page, false);
  await page.keyboard.press('Escape');
  expect(await asked).toBe('You have unsaved changes. Leave and discard them?');
  await expect(editor.getByLabel('Entry 1')).toHaveValue('198.51.100.99');
});

const LEAVE = 'You have unsaved changes. Leave and discard them?';

/** A menu link away from an editor with changes: asked, kept on Cancel, left on OK. */
async function guardsMenuLink(page: Page, field: Locator, typed: string, editorUrl: RegExp) {
  let asked = answerNextDialog(page, false);
  await page.getByRole('navigation').getByRole('link', { name: 'Tasks' }).click();
  expect(await asked).toBe(LEAVE);
  await expect(page).toHaveURL(editorUrl);
  await expect(field).toHaveValue(typed);
  asked = answerNextDialog(page, true);
  await page.getByRole('navigation').getByRole('link', { name: 'Tasks' }).click();
  await asked;
  await expect(page).toHaveURL(/\/tasks$/);
}

test('the backend model editor asks before a menu link throws a changed model away', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  const http = SEED.backends.catalogHttp;
  await page.getByRole('navigation').getByRole('link', { name: 'Backend models' }).click();
  await page.getByRole('table', { name: 'Backend services' }).getByRole('link', { name: http.name, exact: true }).click();
  await page.getByRole('tab', { name: 'TEST' }).click();
  await page.getByRole('button', { name: 'Edit model' }).click();
  const address = page.getByRole('textbox', { name: 'Service address' });
  await address.fill('http://moved.internal.portico.example:8080');
  await shotsAtWidths(page, testInfo, 'guard-backend-model');
  await guardsMenuLink(page, address, 'http://moved.internal.portico.example:8080', /\/edit$/);
});

test('the port mappings editor asks before a menu link throws a changed mapping away', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/endpoint-services/${ledger.id}/edit`);
  const port = page.getByRole('textbox', { name: 'Client port 1', exact: true });
  await port.fill('18443');
  await shotsAtWidths(page, testInfo, 'guard-port-mappings');
  await guardsMenuLink(page, port, '18443', /\/edit$/);
});

test('inviting a person asks before a menu link throws the typed invitation away', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'admin'));
  await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
  const username = page.getByRole('textbox', { name: 'Username' });
  await username.fill('new-colleague');
  await shotsAtWidths(page, testInfo, 'guard-people');
  await guardsMenuLink(page, username, 'new-colleague', /\/people$/);
});
