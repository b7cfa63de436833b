import { expect, test, type Page } from '@playwright/test';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { createPerson, emulatorCalls, resetEmulator, signIn, shot } from './support.ts';

const { billing, ledger, orders, core } = SEED_VPCEP.services;

test.beforeEach(async () => {
  await resetEmulator();
});

async function editService(page: Page, name: string) {
  await page.getByRole('link', { name: 'Endpoint services' }).first().click();
  await page.getByRole('table', { name: 'Endpoint services' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Edit ${name}` })).toBeVisible();
  return page.getByRole('form', { name: 'Edit endpoint service' });
}

/** The editor's rows (the header row aside). */
const mappingRows = (page: Page) => page.getByRole('form', { name: 'Edit endpoint service' }).getByRole('table', { name: 'Port mappings' }).locator('tbody tr');

test('given a service with three mappings, when a fourth repeats a client port, then it is marked and the review is blocked until the port is fixed; saved, the detail lists the new mapping', async ({
  page,
  baseURL,
}) => {
  expect(billing.ports.map((p) => p.client_port)).toEqual([8080, 8443, 9090]);
  await signIn(page, await createPerson(baseURL!, 'operator'));
  const form = await editService(page, billing.name);
  await expect(form.getByText('3 / 200')).toBeVisible();
  await expect(mappingRows(page)).toHaveCount(3);

  await form.getByRole('button', { name: 'Add mapping' }).click();
  await expect(mappingRows(page)).toHaveCount(4);
  await expect(form.getByLabel('Client port 4', { exact: true })).toBeFocused();
  await form.getByLabel('Client port 4', { exact: true }).fill('8080');
  await form.getByLabel('Server port 4', { exact: true }).fill('8081');
  await expect(form.getByText('4 / 200')).toBeVisible();

  // Both rows of the repeated port are marked; the later one says where the port is mapped.
  await expect(mappingRows(page).nth(3)).toHaveAttribute('data-duplicate', 'true');
  await expect(mappingRows(page).nth(0)).toHaveAttribute('data-duplicate', 'true');
  await expect(mappingRows(page).nth(1)).not.toHaveAttribute('data-duplicate', 'true');
  await expect(form.getByText('Row 4: client port 8080 is already mapped in row 1')).toBeVisible();
  await expect(form.getByText('Mapped again in row 4')).toBeVisible();
  const review = form.getByRole('button', { name: 'Review changes' });
  await expect(review).toBeDisabled();
  await expect(review).toHaveAccessibleDescription('To review, fix 1 row (first: row 4) in the port mappings.');
  await expect(form.getByText('To review, fix 1 row (first: row 4) in the port mappings.')).toBeVisible();
  await shot(page, 'endpoint-services-duplicate', { fullPage: true });

  await form.getByLabel('Client port 4', { exact: true }).fill('8081');
  await expect(form.getByText('Row 4: client port 8080 is already mapped in row 1')).toHaveCount(0);
  await expect(mappingRows(page).and(page.locator('[data-duplicate]'))).toHaveCount(0);
  await expect(review).toBeEnabled();

  const updates = await emulatorCalls('UpdateEndpointService');
  await review.click();
  const dialog = page.getByRole('dialog', { name: `Review changes to “${billing.name}”` });
  const mappings = dialog.getByRole('region', { name: 'Port mappings' });
  await expect(mappings.getByText('added', { exact: true }).locator('..')).toContainText('1');
  await expect(mappings.getByText('removed', { exact: true }).locator('..')).toContainText('0');
  await expect(mappings.getByText('unchanged', { exact: true }).locator('..')).toContainText('3');
  await expect(dialog.getByRole('list', { name: 'Added mappings' }).getByRole('listitem')).toHaveText(['8081 → 8081/TCP']);
  await expect(dialog.getByRole('list', { name: 'Removed mappings' })).toHaveCount(0);
  await shot(page, 'endpoint-services-review');
  await dialog.getByRole('button', { name: 'Confirm and save' }).click();

  await expect(page).toHaveURL(new RegExp(`/endpoint-services/${billing.id}$`));
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved' })).toContainText('1 mapping added, 0 removed');
  const saved = page.getByRole('table', { name: 'Port mappings' }).locator('tbody tr');
  await expect(saved).toHaveCount(4);
  await expect(saved.nth(3)).toContainText('8081');
  await shot(page, 'endpoint-services-detail', { fullPage: true });
  expect(await emulatorCalls('UpdateEndpointService')).toBe(updates + 1);

  // What the detail shows is what the cloud holds.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Port mappings' }).locator('tbody tr')).toHaveText([/8080.*80/, /8443.*443/, /9090.*9090/, /8081.*8081/]);
});

test('given a service with one mapping, when 201 more are pasted, then the counter and the message say the limit and the review stays blocked until two are removed', async ({
  page,
  baseURL,
}) => {
  expect(ledger.ports).toHaveLength(1);
  await signIn(page, await createPerson(baseURL!, 'operator'));
  const form = await editService(page, ledger.name);
  await expect(form.getByText('1 / 200')).toBeVisible();

  const lines = Array.from({ length: 201 }, (_, i) => `${10001 + i}:80`).join('\n');
  await form.getByLabel('Paste mappings').fill(lines);
  await form.getByRole('button', { name: 'Add pasted' }).click();
  await expect(form.getByText('Added 201 mappings.')).toBeVisible();
  await expect(mappingRows(page)).toHaveCount(202);

  const counter = form.getByText('202 / 200');
  await expect(counter).toBeVisible();
  await expect(counter).toHaveAttribute('data-over', 'true');
  await expect(form.getByRole('alert')).toHaveText('An endpoint service may hold at most 200 port mappings: remove 2 mappings to save.');
  const review = form.getByRole('button', { name: 'Review changes' });
  await expect(review).toBeDisabled();
  await expect(review).toHaveAccessibleDescription('To review, remove 2 mappings (at most 200) in the port mappings.');
  await expect(form.getByRole('button', { name: 'Add mapping' })).toBeDisabled();
  await expect(form.getByText('A service holds at most 200 mappings.')).toBeVisible();
  // The pasted box is empty again: every line was taken.
  await expect(form.getByLabel('Paste mappings')).toHaveValue('');
  await shot(page, 'endpoint-services-limit');

  const updates = await emulatorCalls('UpdateEndpointService');
  await form.getByRole('button', { name: 'Remove mapping 202' }).click();
  await expect(form.getByText('201 / 200')).toBeVisible();
  await expect(review).toBeDisabled();
  await form.getByRole('button', { name: 'Remove mapping 201' }).click();
  await expect(form.getByText('200 / 200')).toBeVisible();
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(review).toBeEnabled();
  expect(await emulatorCalls('UpdateEndpointService')).toBe(updates);

  await review.click();
  const dialog = page.getByRole('dialog', { name: `Review changes to “${ledger.name}”` });
  await expect(dialog.getByText('Added mappings (199)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved' })).toContainText('199 mappings added, 0 removed');
  await expect(page.getByRole('table', { name: 'Port mappings' }).locator('tbody tr')).toHaveCount(200);
  expect(await emulatorCalls('UpdateEndpointService')).toBe(updates + 1);
});

test('given two services on one backend port, when a server port of the other is used, then the cell names that service and the review is blocked', async ({
  page,
  baseURL,
}) => {
  expect(orders.portId).toBe(core.portId);
  const taken = core.ports[0]!.server_port;
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/endpoint-services/${orders.id}`);
  const sharing = page.getByRole('list', { name: 'Services sharing this backend port' });
  await expect(sharing.getByRole('link', { name: core.name })).toHaveAttribute('href', `/endpoint-services/${core.id}`);
  await expect(sharing).toContainText(`${taken}/TCP`);

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = page.getByRole('form', { name: 'Edit endpoint service' });
  await form.getByLabel('Server port 1', { exact: true }).fill(String(taken));
  await expect(form.getByText(`Server port ${taken}/TCP is already used by ${core.name}, which shares this backend port`)).toBeVisible();
  await expect(form.getByLabel('Server port 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  const review = form.getByRole('button', { name: 'Review changes' });
  await expect(review).toBeDisabled();
  await expect(review).toHaveAccessibleDescription('To review, fix 1 row (first: row 1) in the port mappings.');

  await form.getByLabel('Server port 1', { exact: true }).fill('7443');
  await expect(form.getByText(/already used by/)).toHaveCount(0);
  await expect(review).toBeEnabled();
});
