import { expect, test, type Page } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { callAs, useChinese } from './as-person.ts';
import { createPerson, resetEmulator, shotsAtWidths, signIn } from './support.ts';

const nacos = SEED.backends.identityNacos;
type NacosModel = { stageName: string; data: { DiscoveryConfig: { NacosConfig: Record<string, string> } } };

// Screenshots at three widths in two languages take a while on a busy machine.
test.setTimeout(180_000);

test.beforeEach(async () => {
  await resetEmulator();
});

let tokens = 0;
async function saveTestModel(page: Page, change: (config: Record<string, string>) => void): Promise<void> {
  const detail = (await callAs(page, 'GET', `/api/backends/${nacos.backendId}`)) as { models: NacosModel[] };
  const data = structuredClone(detail.models.find((m) => m.stageName === 'TEST')!.data);
  change(data.DiscoveryConfig.NacosConfig);
  await callAs(page, 'PUT', `/api/backends/${nacos.backendId}/models/TEST`, { data, clientToken: `e2e-story-${Date.now()}-${++tokens}` });
}

async function openLatestModelChange(page: Page): Promise<void> {
  await page.goto('/audit?resourceType=backend-model');
  await page.getByRole('table', { name: 'Audit events' }).locator('tbody tr').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'ModifyBackendModel' })).toBeVisible();
}

test('given a rotated Nacos password, when its audit event is opened, then it reads "Password: changed" without any value and says why it cannot be reverted', async ({
  page,
  baseURL,
}, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await saveTestModel(page, (config) => {
    config.Password = 'e2e-rotated-secret';
  });
  await openLatestModelChange(page);
  await expect(page.getByTestId('diff-summary')).toContainText('Password: changed');
  await expect(page.getByText('No field differs')).toHaveCount(0);
  await expect(page.getByText('changed (not shown)')).toBeVisible();
  await expect(page.getByTestId('why-not-revertible')).toContainText('replaced a secret (Password)');
  await expect(page.getByRole('button', { name: 'Revert this change' })).toHaveCount(0);
  expect(await page.content()).not.toContain('e2e-rotated-secret');
  await shotsAtWidths(page, testInfo, 'audit-secret-en');
  await useChinese(page);
  await expect(page.getByTestId('diff-summary')).toContainText('Password：已修改');
  await shotsAtWidths(page, testInfo, 'audit-secret-zh');
});

test('given a backend model change, when it is reverted, then the model is back, the event says who reverted it and when, and Revert is not offered again', async ({
  page,
  baseURL,
}, testInfo) => {
  const person = await createPerson(baseURL!, 'operator');
  await signIn(page, person);
  await saveTestModel(page, (config) => {
    config.ServiceName = 'identity-e2e';
  });
  await openLatestModelChange(page);
  await expect(page.getByTestId('diff-summary')).toContainText('1 field changed');
  await page.getByRole('button', { name: 'Revert this change' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revert this change' });
  await expect(dialog.getByText('Reverting puts back the values it had before this change.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Confirm revert' }).click();
  await expect(page.getByText('Change reverted')).toBeVisible();

  await page.reload();
  await page.goto(`/audit?resourceType=backend-model&operation=ModifyBackendModel&actor=${person.username}`);
  const rows = page.getByRole('table', { name: 'Audit events' }).locator('tbody tr');
  // Newest first: the revert, then the reverted change.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('reverted');
  await rows.nth(1).getByRole('link').click();
  await expect(page.getByText(new RegExp(`Reverted by ${person.username} at .+`)).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revert this change' })).toHaveCount(0);
  await expect(page.getByTestId('why-not-revertible')).toContainText(`reverted by ${person.username}`);
  const model = (await callAs(page, 'GET', `/api/backends/${nacos.backendId}`)) as { models: NacosModel[] };
  expect(model.models.find((m) => m.stageName === 'TEST')!.data.DiscoveryConfig.NacosConfig.ServiceName).not.toBe('identity-e2e');

  await page.goto('/audit');
  await shotsAtWidths(page, testInfo, 'audit-list-en');
  await useChinese(page);
  await expect(page.getByRole('columnheader', { name: '结果' })).toBeVisible();
  await shotsAtWidths(page, testInfo, 'audit-list-zh');
});
