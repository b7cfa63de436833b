import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { createPerson, shot, signIn } from './support.ts';

/**
 * The visual audit at any size: it runs on the default seed with the rest of the suite, and on
 * the 10,001-API seed with `EMULATOR_SEED_SCALE=137` (the console under test is started with it).
 * Nothing here depends on the size: counts are read from the page or the seed's own replica.
 */

test.setTimeout(240_000);

/** Opens Bindings and waits for an inventory (the first visit builds one by itself). */
async function openInventory(page: Page) {
  await page.getByRole('link', { name: 'Bindings' }).click();
  await expect(page.getByTestId('inventory-summary')).toContainText(/as of .* cloud calls · built in/, { timeout: 180_000 });
  await expect(page.getByRole('table', { name: 'Bindings' }).getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
}

test('given an inventory of any size, when the page opens, then the graph is an overview of clusters with counts, and a cluster opens on click', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await openInventory(page);
  const graph = page.getByRole('region', { name: 'Bindings graph' });
  await expect(graph.getByTestId('graph-mode')).toHaveAttribute('data-mode', 'overview');
  await graph.scrollIntoViewIfNeeded();
  const overview = graph.getByTestId('overview-graph');
  const kinds = overview.getByRole('group', { name: /^Resources: / });
  await expect(kinds).toHaveCount(4);
  const vpc = overview.getByRole('group', { name: /^Resources: VPC authorization \(\d+\)/ });
  await expect(vpc).toBeVisible();
  // A handful of nodes, whatever the size: every one is in view, none is cut.
  const cards = overview.locator('.react-flow__node');
  expect(await cards.count()).toBeLessThanOrEqual(16);
  const pane = (await overview.boundingBox())!;
  for (const card of await cards.all()) {
    const box = (await card.boundingBox())!;
    expect(box.x >= pane.x && box.y >= pane.y && box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height).toBe(true);
    // Legible: drawn at least at half size (a card is 250 graph units wide).
    expect(box.width).toBeGreaterThan(125);
  }
  await shot(graph, 'bindings-overview');

  // Opening a cluster draws its most-bound resources inside it.
  await vpc.click();
  const inside = overview.getByRole('group', { name: /^VPC authorization: / });
  await expect(inside.first()).toBeVisible();
  expect(await inside.count()).toBeGreaterThan(0);
  await expect(overview.getByRole('group', { name: /^Resources: VPC authorization \(\d+\), click to close$/ })).toBeVisible();
  await shot(graph, 'bindings-overview-opened');

  // A resource in it: focus on its neighbourhood, and its impact opens.
  await inside.first().click();
  await expect(graph.getByTestId('graph-mode')).toHaveAttribute('data-mode', 'focus');
  await expect(page.getByRole('region', { name: 'Impact' })).toBeVisible();
  await shot(graph, 'bindings-focus');
  await graph.getByRole('button', { name: 'Back to the overview' }).click();
  await expect(graph.getByTestId('graph-mode')).toHaveAttribute('data-mode', 'overview');
});

test('given an inventory of any size, when an address is searched, then it lands on the ACL entry that holds it', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await openInventory(page);
  await page.getByRole('textbox', { name: 'Search' }).fill('203.0.113.7');
  const hit = page.getByRole('region', { name: 'Search results' }).getByTestId('search-hit').first();
  await expect(hit).toContainText('holds 203.0.113.7');
  await hit.click();
  await expect(page).toHaveURL(/[?&]entry=/);
  const current = page.getByRole('region', { name: 'Impact' }).locator('[data-testid="acl-entry"][aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('203.0.113.0/24');
  await expect(current).toBeInViewport();
});

test("given an inventory of any size, when a VPC authorization's impact is opened, then its APIs read by group and stage", async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await openInventory(page);
  const { busy } = SEED.vpcAccess;
  await page.getByRole('textbox', { name: 'Search' }).fill(busy.vpcAccessId);
  await page.getByRole('region', { name: 'Search results' }).getByTestId('search-hit').first().click();
  const impact = page.getByRole('region', { name: 'Impact' });
  await expect(impact.getByRole('heading', { name: `If you change ${busy.name}` })).toBeVisible();
  await expect(impact.getByTestId('impact-api')).toHaveCount(busy.boundApiCount);
  await expect(impact.getByTestId('impact-sentence')).toHaveText(new RegExp(`^${busy.boundApiCount} APIs in \\d+ groups?, \\d+ of them in RELEASE depend on it\\.$`));
  for (const section of await impact.getByTestId('impact-stage').all()) expect(['TEST', 'PRE', 'RELEASE']).toContain(await section.getAttribute('data-stage'));
  expect(await impact.getByTestId('impact-group').count()).toBeGreaterThan(0);
});

test('given an inventory of any size, when it is exported with a stage filter on screen, then the file holds that stage only, as the table does', async ({
  page,
  baseURL,
}) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await openInventory(page);
  // "3,288 of 10,001 APIs": the table's count under the filter, read from the page once it has changed.
  const count = page.getByTestId('row-count');
  await expect(count).toHaveText(/^[\d,]+ of [\d,]+ APIs$/);
  const unfiltered = (await count.textContent()) ?? '';
  await page.getByRole('combobox', { name: 'Stage' }).selectOption('RELEASE');
  await expect(page).toHaveURL(/[?&]stage=RELEASE/);
  await expect(count).not.toHaveText(unfiltered);
  await expect(count).toHaveText(/^[\d,]+ of [\d,]+ APIs$/);
  const [shown = 0, all = 0] = ((await count.textContent()) ?? '').match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, '')));
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const apiLines = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/)
    .filter((line) => line.startsWith('"api",'));
  expect(apiLines).toHaveLength(shown);
  expect(new Set(apiLines.map((line) => line.split('","')[3]))).toEqual(new Set(['RELEASE']));
});

test('given a finding, when an operator suppresses it with an owner, a reason and an expiry, then it reads as suppressed until then and can be ended', async ({
  page,
  baseURL,
}) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await openInventory(page);
  const panel = page.getByRole('region', { name: 'Findings' });
  await panel.getByRole('button', { name: 'Show VPC authorization bound to no API (safe to remove)' }).click();
  const list = panel.locator('#findings-unused-authorization');
  // The matching Cloud Config rule is named only where one exists: not for this kind.
  await expect(list.getByText('Alibaba Cloud Config rule:')).toHaveCount(0);
  const item = list.getByRole('listitem').first();
  const subject = (await item.getByRole('link').first().textContent()) ?? '';
  await item.getByRole('button', { name: 'Suppress' }).click();

  const dialog = page.getByRole('dialog', { name: 'Suppress a finding' });
  await dialog.getByRole('button', { name: 'Suppress' }).click();
  await expect(dialog.getByText('Owner is required: who owns this risk')).toBeVisible();
  await dialog.getByLabel('Owner').fill('network team');
  await dialog.getByLabel('Reason').fill('kept for the DR drill');
  const until = new Date(Date.now() + 14 * 24 * 3600_000);
  const day = `${until.getFullYear()}-${String(until.getMonth() + 1).padStart(2, '0')}-${String(until.getDate()).padStart(2, '0')}`;
  await dialog.getByLabel('Expires').fill(day);
  await shot(dialog, 'bindings-suppress');
  await dialog.getByRole('button', { name: 'Suppress' }).click();
  await expect(dialog).toBeHidden();

  const suppressed = list.getByRole('listitem').filter({ hasText: subject }).first();
  await expect(suppressed).toContainText(`suppressed by network team until ${until.toLocaleDateString('en')}`);
  await expect(panel.getByRole('button', { name: /^VPC authorization bound to no API \(safe to remove\) \(\d+, 1 suppressed\)$/ })).toBeVisible();

  await panel.getByRole('button', { name: /^Suppressed findings: 1 active, 1 in all$/ }).click();
  const table = panel.getByRole('table', { name: 'Suppressed findings' });
  await expect(table.getByRole('row').nth(1)).toContainText('network team');
  await expect(table.getByRole('row').nth(1)).toContainText('kept for the DR drill');
  await shot(panel, 'bindings-suppressions');
  await table.getByRole('button', { name: 'Un-suppress' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('expired');
  await expect(suppressed.getByRole('button', { name: 'Suppress' })).toBeVisible();

  // The unprotected APIs name the Cloud Config rule closest to them, with its page.
  await panel.getByRole('button', { name: 'Show Published API with no IP access control' }).click();
  await expect(panel.getByRole('link', { name: 'apigateway-ipv4-public-access-check' })).toHaveAttribute('href', /cloud-config/);
});
