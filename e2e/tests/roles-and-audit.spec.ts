import { expect, test } from '@playwright/test';
import { createPerson, resetEmulator, signIn } from './support.ts';

const BUSY = 'vpc-core-backend';

test.beforeEach(async () => {
  await resetEmulator();
});

test('a viewer finds no way to change anything', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await page.goto('/vpc-authorizations');
  await expect(page.getByRole('table', { name: 'VPC authorizations' })).toBeVisible();
  const create = page.getByRole('button', { name: 'Create authorization' });
  if (await create.count()) await expect(create).toBeDisabled();
  await page.goto(`/vpc-authorizations/${BUSY}`);
  for (const name of ['Edit', 'Remove']) {
    const button = page.getByRole('button', { name, exact: true });
    if (await button.count()) await expect(button).toBeDisabled();
  }
  await page.goto(`/vpc-authorizations/${BUSY}/edit`);
  await expect(page.getByLabel('Port')).toHaveCount(0);
  await expect(page.getByText(`This needs operator on vpc authorizations named ${BUSY}`).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'People' })).toHaveCount(0);
});

test('an operator changes an authorization and finds it in the audit log with its diff', async ({ page, baseURL }) => {
  const operator = await createPerson(baseURL!, 'operator');
  await signIn(page, operator);
  await page.goto(`/vpc-authorizations/${BUSY}/edit`);
  await page.getByLabel('Port').fill('9443');
  await page.getByLabel('Update bound APIs (NeedBatchWork)').uncheck();
  await expect(page.getByText('Bound APIs will not be updated')).toBeVisible();
  await page.getByRole('button', { name: 'Review changes' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByRole('table', { name: 'Attributes' }).or(page.getByText('9443')).first()).toBeVisible();

  await page.getByRole('link', { name: 'Audit' }).click();
  const row = page.getByRole('table', { name: 'Audit events' }).getByRole('row', { name: new RegExp(`${operator.username}.*ModifyVpcAccessAndUpdateApis`) });
  await expect(row).toHaveCount(1);
  await row.click();
  const changes = page.getByRole('table', { name: 'Changes' });
  await expect(changes).toContainText('port');
  await expect(changes).toContainText('9443');
});
