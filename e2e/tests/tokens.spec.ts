import { expect, test } from '@playwright/test';
import { createPerson, resetEmulator, shot, signIn } from './support.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('given an operator, when they create a read-only token, then it is shown once, works from a script without a cookie, and stops working once revoked', async ({
  page,
  baseURL,
}) => {
  const person = await createPerson(baseURL!, 'operator');
  await signIn(page, person);
  await page.getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();

  const form = page.getByRole('form', { name: 'Create token' });
  await form.getByLabel('Name').fill('nightly-report');
  await form.getByLabel('Expires after (days)').fill('7');
  await form.getByRole('radio', { name: 'Read only' }).check();
  await form.getByRole('button', { name: 'Create token' }).click();

  const value = (await page.getByTestId('new-token').innerText()).trim();
  expect(value).toMatch(/^ptc_/);
  await expect(page.getByText(`curl -H "Authorization: Bearer ${value}"`)).toBeVisible();
  await shot(page, 'tokens-created');
  await page.getByRole('button', { name: 'I have copied it' }).click();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  const table = page.getByRole('table', { name: 'API tokens' });
  await expect(table.getByRole('row', { name: /nightly-report/ })).toContainText('read only');
  await expect(page.locator('body')).not.toContainText(value);

  // A script: a plain fetch with only the bearer value, no cookie.
  const script = (path: string, init: RequestInit = {}) =>
    fetch(`${baseURL}${path}`, { ...init, headers: { authorization: `Bearer ${value}`, 'content-type': 'application/json', ...init.headers } });
  const list = await script('/api/vpc-authorizations');
  expect(list.status).toBe(200);
  expect(((await list.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  expect(
    (await script('/api/vpc-authorizations', { method: 'POST', body: JSON.stringify({ name: 'from_script', vpcId: 'vpc-1', instanceId: 'i-1', port: 80 }) })).status,
  ).toBe(403);

  await table.getByRole('button', { name: 'Revoke nightly-report' }).click();
  await page.getByRole('dialog', { name: 'Revoke "nightly-report"?' }).getByRole('button', { name: 'Revoke token' }).click();
  await expect(page.getByText('"nightly-report" is revoked.')).toBeVisible();
  await expect(page.getByText('No tokens yet.')).toBeVisible();
  expect((await script('/api/vpc-authorizations')).status).toBe(401);
});
