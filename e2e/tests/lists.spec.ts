import { expect, request, test } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { ADMIN, createPerson, resetEmulator, shot, signIn } from './support.ts';

const backends = Object.values(SEED.backends);

test.beforeEach(async () => {
  await resetEmulator();
});

test('given the backend list, when part of a name is searched, then only those backends are listed, the search survives a reload, and a search with no match offers the way back', async ({
  page,
  baseURL,
}) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await page.goto('/backend-models');
  const table = page.getByRole('table', { name: 'Backend services' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(backends.length);

  const catalog = backends.filter((b) => b.name.includes('catalog'));
  expect(catalog.length).toBeGreaterThan(1);
  expect(catalog.length).toBeLessThan(backends.length);
  await page.getByLabel('Search by name').fill('catalog');
  await expect(rows).toHaveCount(catalog.length);
  for (const backend of catalog) await expect(table).toContainText(backend.name);
  await expect(page).toHaveURL(/[?&]search=catalog/);
  await shot(page, 'backend-list-search');

  // The search lives in the URL: a reload shows the same rows.
  await page.reload();
  await expect(page.getByLabel('Search by name')).toHaveValue('catalog');
  await expect(rows).toHaveCount(catalog.length);

  await page.getByLabel('Search by name').fill('no-such-backend');
  await expect(page.getByText('No backend matches “no-such-backend”')).toBeVisible();
  await shot(page, 'backend-list-no-match');
  await page.getByRole('button', { name: 'Clear search and filter' }).click();
  await expect(rows).toHaveCount(backends.length);
  await expect(page).not.toHaveURL(/search=/);
});

test('given 12 VPC authorizations, when the page size is 10 and the second page is chosen, then the rest are shown and Back returns to the first page', async ({
  page,
  baseURL,
}) => {
  const seeded = Object.keys(SEED.vpcAccess).length;
  await createAuthorizations(baseURL!, 12 - seeded);
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await page.goto('/vpc-authorizations');
  await page.getByLabel('Rows per page').selectOption('10');
  const rows = page
    .getByRole('table', { name: 'VPC authorizations' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(10);
  await expect(page.getByText('Showing 1–10 of 12')).toBeVisible();
  await page.getByRole('button', { name: '2', exact: true }).click();
  await expect(page.getByText('Showing 11–12 of 12')).toBeVisible();
  await expect(rows).toHaveCount(2);
  await shot(page, 'vpc-list-page-2');
  await expect(page).toHaveURL(/[?&]page=2/);
  await page.goBack();
  await expect(page.getByText('Showing 1–10 of 12')).toBeVisible();
});

/** More authorizations than a page holds, created as an operator would, through the BFF. */
async function createAuthorizations(baseURL: string, count: number): Promise<void> {
  const api = await request.newContext({ baseURL });
  const { csrfToken } = (await (await api.post('/api/session', { data: ADMIN })).json()) as { csrfToken: string };
  for (let i = 1; i <= count; i++) {
    const created = await api.post('/api/vpc-authorizations', {
      data: { name: `portico-paging-${i}`, vpcId: `vpc-paging${String(i).padStart(4, '0')}`, instanceId: `i-paging${String(i).padStart(4, '0')}`, port: 8080 },
      headers: { 'x-csrf-token': csrfToken },
    });
    if (created.status() !== 201) throw new Error(`creating an authorization failed: ${await created.text()}`);
  }
  await api.dispose();
}
