import { expect, test, type Locator } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { callAs, useChinese } from './as-person.ts';
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

const sortBy = async (table: Locator, name: RegExp, direction: 'ascending' | 'descending') => {
  const header = table.getByRole('columnheader', { name });
  await header.getByRole('button').click();
  if ((await header.getAttribute('aria-sort')) !== direction) await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', direction);
};
const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });

test('given an admin, when the API tokens, People and Permissions tables get a header click, then each sorts by it like every other list', async ({
  page,
  baseURL,
}, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'admin'));
  for (const [name, days] of [
    ['sort-b-report', 30],
    ['sort-a-deploy', 90],
    ['sort-c-backup', 7],
  ] as const) {
    await callAs(page, 'POST', '/api/tokens', { name, expiresInDays: days, access: 'read' });
  }
  const stamp = Date.now();
  for (const [username, role] of [
    [`zz-sort-${stamp}`, 'viewer'],
    [`aa-sort-${stamp}`, 'admin'],
  ] as const) {
    await callAs(page, 'POST', '/api/grants', { subject: { type: 'user', username }, role, scope: {} });
  }

  await page.goto('/tokens');
  const tokens = page.getByRole('table', { name: 'API tokens' });
  await expect(tokens.locator('tbody tr')).toHaveCount(3);
  await sortBy(tokens, /Name/, 'ascending');
  expect(await column(tokens, 0)).toEqual(['sort-a-deploy', 'sort-b-report', 'sort-c-backup']);
  await expect(page).toHaveURL(/sort=0&order=asc/);
  // Expiry by time, soonest last when descending.
  await sortBy(tokens, /Expires/, 'descending');
  expect(await column(tokens, 0)).toEqual(['sort-a-deploy', 'sort-b-report', 'sort-c-backup']);
  await shotsAtWidths(page, testInfo, 'sorting-tokens-en');

  await page.goto('/people');
  const people = page.getByRole('table', { name: 'People' });
  await expect(people.locator('tbody tr').first()).toBeVisible();
  await sortBy(people, /Username/, 'descending');
  const usernames = await column(people, 0);
  expect(usernames).toEqual([...usernames].sort(byText).reverse());
  await expect(people.getByRole('columnheader', { name: 'Actions' }).getByRole('button')).toHaveCount(0);
  await shotsAtWidths(page, testInfo, 'sorting-people-en');

  await page.goto('/access');
  const grants = page.getByRole('table', { name: 'Person', exact: true });
  await sortBy(grants, /Person/, 'ascending');
  const subjects = await grants.locator(':scope > tbody > tr').evaluateAll((rows) => rows.map((r) => r.children[0]?.textContent?.trim() ?? ''));
  expect(subjects).toEqual([...subjects].sort(byText));
  expect(subjects.indexOf(`aa-sort-${stamp}`)).toBeLessThan(subjects.indexOf(`zz-sort-${stamp}`));
  await expect(page).toHaveURL(/peopleSort=0&peopleOrder=asc/);
  await shotsAtWidths(page, testInfo, 'sorting-grants-en');
});
