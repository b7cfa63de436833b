import { expect, test, type Locator } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { useChinese } from './as-person.ts';
import { createPerson, resetEmulator, shotsAtWidths, signIn } from './support.ts';

// Screenshots at three widths in two languages take a while on a busy machine.
test.setTimeout(180_000);

test.beforeEach(async () => {
  await resetEmulator();
});

const column = async (table: Locator, index: number) => table.locator('tbody tr').evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent?.trim() ?? ''), index);

test('given the VPC authorizations, when a header is clicked, then the page sorts by it both ways, the order is in the URL, survives a reload and a visit elsewhere', async ({
  page,
  baseURL,
}, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await page.goto('/vpc-authorizations');
  const table = page.getByRole('table', { name: 'VPC authorizations' });
  await expect(table.locator('tbody tr')).toHaveCount(Object.keys(SEED.vpcAccess).length);
  const portHeader = table.getByRole('columnheader', { name: /Port/ });
  await expect(portHeader).toHaveAttribute('aria-sort', 'none');

  await portHeader.getByRole('button').click();
  await expect(portHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=3&order=asc/);
  const ports = (await column(table, 3)).map(Number);
  expect(ports).toEqual([...ports].sort((a, b) => a - b));

  await portHeader.getByRole('button').click();
  await expect(portHeader).toHaveAttribute('aria-sort', 'descending');
  const down = (await column(table, 3)).map(Number);
  expect(down).toEqual([...down].sort((a, b) => b - a));

  const nameHeader = table.getByRole('columnheader', { name: /Name/ });
  await nameHeader.getByRole('button').click();
  const names = await column(table, 0);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
  await shotsAtWidths(page, testInfo, 'sorting-en');

  await page.reload();
  await expect(table.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  expect(await column(table, 0)).toEqual(names);

  // Through the menu (no sort in the link), the order chosen here is remembered.
  await page.getByRole('navigation').getByRole('link', { name: 'Backend models' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'VPC authorizations' }).click();
  await expect(table.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  expect(await column(table, 0)).toEqual(names);

  await useChinese(page);
  // The table's name is Chinese now: the one table on the page.
  await expect(page.getByRole('table').locator('thead th[aria-sort="ascending"]')).toHaveCount(1);
  await shotsAtWidths(page, testInfo, 'sorting-zh');
});
