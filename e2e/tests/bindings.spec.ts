import { readFileSync } from 'node:fs';
import { expect, request, test, type Locator, type Page } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { createPerson, emulatorUrl, resetEmulator, signIn, shot } from './support.ts';

const STAGES = ['TEST', 'PRE', 'RELEASE'] as const;
const groups = Object.values(SEED.groups);
const vpcep = SEED_VPCEP.services;

/** What the seed holds, in the console's words. */
const seeded = {
  apis: STAGES.reduce((n, stage) => n + SEED.perReplica.deployed[stage], 0),
  resources: SEED.perReplica.vpcAccesses + SEED.perReplica.ipControls + SEED.perReplica.backends + SEED_VPCEP.perReplica.services,
  /** Group · stage pairs with at least one published API. */
  pairs: groups.reduce((n, g) => n + STAGES.filter((stage) => g.published[stage].length > 0).length, 0),
};

/** The contract's rule for a wide block: /8 or wider for IPv4, /16 or wider for IPv6. */
const isWide = (cidr: string) => {
  const [address = '', prefix = ''] = cidr.split('/');
  if (prefix === '') return false;
  return address.includes(':') ? Number(prefix) <= 16 : Number(prefix) <= 8;
};

const findings = {
  unusedAuthorizations: Object.values(SEED.vpcAccess).filter((v) => v.boundApiCount === 0),
  unusedBackends: Object.values(SEED.backends).filter((b) => STAGES.every((stage) => b.publishedApiCount[stage] === 0)),
  unprotected: STAGES.reduce((n, stage) => n + SEED.findings.unprotected[stage].length, 0),
  wide: Object.values(SEED.ipControls)
    .filter((acl) => acl.type === 'ALLOW')
    .flatMap((acl) =>
      acl.policyItems
        .flatMap((item) => item.cidrIp.split(';'))
        .filter(isWide)
        .map((cidr) => ({ acl, cidr })),
    ),
  /** billing-vm and legacy-etl are seeded with approval off. */
  approvalOff: [vpcep.billing, vpcep.legacy],
};

const LABELS = {
  unusedAuthorization: 'VPC authorization bound to no API (safe to remove)',
  unusedBackend: 'Backend used by no API (safe to remove)',
  unprotected: 'Published API with no IP access control',
  wide: 'ACL allows a very wide block',
  approval: 'Endpoint service accepts connections without approval',
  sharedPort: 'Server port exposed by several endpoint services',
};

test.beforeEach(async () => {
  await resetEmulator();
  // Latency on every cloud call, so the build's progress is on screen long enough to see (the
  // build reads each kind of resource in parallel: with 250 ms it could end within two checks).
  const api = await request.newContext();
  await api.post(`${emulatorUrl}/__emulator/faults`, { data: { operation: '*', kind: 'latency', latencyMs: 600 } });
  await api.dispose();
});

test.afterEach(async () => {
  const api = await request.newContext();
  await api.delete(`${emulatorUrl}/__emulator/faults`);
  await api.dispose();
});

/**
 * Opens the page and waits for an inventory built from the seed: the first visit builds one by
 * itself; when one is there already (from an earlier test), Refresh builds it again.
 */
async function openFreshInventory(page: Page) {
  await page.getByRole('link', { name: 'Bindings' }).click();
  const progress = page.getByRole('progressbar', { name: 'Inventory progress' });
  const summary = page.getByTestId('inventory-summary');
  await expect(progress.or(summary)).toBeVisible();
  if (!(await progress.isVisible())) await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(progress).toHaveAttribute('aria-valuetext', /^(Starting…|\d+ of \d+ cloud calls · .+|Reading the new inventory…)$/);
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeDisabled();
  await expect(progress).toBeHidden({ timeout: 30_000 });
  await expect(summary).toContainText(/as of .* cloud calls · built in/);
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();
}

const kindButton = (panel: Locator, label: string) => panel.getByRole('button', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')} \\(\\d+\\)$`) });

test('given the seeded clouds, when the inventory is built, then the findings panel shows each seeded finding with its count and links to the resource', async ({
  page,
  baseURL,
}) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await openFreshInventory(page);

  const panel = page.getByRole('region', { name: 'Findings' });
  await expect(kindButton(panel, LABELS.unusedAuthorization)).toHaveText(`${LABELS.unusedAuthorization} (${findings.unusedAuthorizations.length})`);
  await expect(kindButton(panel, LABELS.unusedBackend)).toHaveText(`${LABELS.unusedBackend} (${findings.unusedBackends.length})`);
  await expect(kindButton(panel, LABELS.unprotected)).toHaveText(`${LABELS.unprotected} (${findings.unprotected})`);
  await expect(kindButton(panel, LABELS.wide)).toHaveText(`${LABELS.wide} (${findings.wide.length})`);
  await expect(kindButton(panel, LABELS.approval)).toHaveText(`${LABELS.approval} (${findings.approvalOff.length})`);
  // billing-vm and search-new both expose server port 9090 (the seed says so on purpose).
  await expect(kindButton(panel, LABELS.sharedPort)).toHaveText(`${LABELS.sharedPort} (1)`);
  await expect(panel.locator('button[aria-pressed="false"]')).toHaveCount(6);
  await shot(page, 'bindings', { fullPage: true });

  // Each item names its resource and links to where it is looked after.
  await panel.getByRole('button', { name: `Show ${LABELS.unusedAuthorization}` }).click();
  const [idle] = findings.unusedAuthorizations;
  await expect(panel.getByRole('link', { name: idle!.name })).toHaveAttribute('href', `/vpc-authorizations/${idle!.name}`);
  await expect(panel.getByText(`${idle!.name} is bound to no published API; it is safe to remove.`)).toBeVisible();

  await panel.getByRole('button', { name: `Show ${LABELS.unusedBackend}` }).click();
  const [unused] = findings.unusedBackends;
  await expect(panel.getByRole('link', { name: unused!.name })).toHaveAttribute('href', `/backend-models/${unused!.backendId}`);

  await panel.getByRole('button', { name: `Show ${LABELS.wide}` }).click();
  for (const { acl, cidr } of findings.wide) {
    const item = panel.getByRole('listitem').filter({ hasText: `${acl.name} allows ${cidr}, which is close to allowing everyone.` });
    await expect(item.getByRole('link', { name: acl.name })).toHaveAttribute('href', `/ip-access-control/${acl.ipControlId}`);
  }

  await panel.getByRole('button', { name: `Show ${LABELS.approval}` }).click();
  for (const service of findings.approvalOff) {
    await expect(panel.getByRole('link', { name: service.name })).toHaveAttribute('href', `/endpoint-services/${service.id}`);
  }

  await panel.getByRole('button', { name: `Show ${LABELS.sharedPort}` }).click();
  await expect(panel.getByText(`Server port 9090 is exposed by 2 endpoint services: ${vpcep.billing.name}, ${vpcep.search.name}.`)).toBeVisible();

  // The unprotected APIs are listed 50 at a time.
  await panel.getByRole('button', { name: `Show ${LABELS.unprotected}` }).click();
  await expect(panel.getByText(`50 of ${findings.unprotected} shown`)).toBeVisible();

  // A count filters what the page shows to what it is about.
  await kindButton(panel, LABELS.approval).click();
  await expect(kindButton(panel, LABELS.approval)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]finding=approval-disabled/);
  await page.getByRole('tab', { name: 'Resources' }).click();
  const resources = page.getByRole('table', { name: 'Resources' });
  await expect(resources.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(findings.approvalOff.length);
  await expect(resources).toContainText(vpcep.billing.name);
  await expect(resources).toContainText(vpcep.legacy.name);

  // And the link takes you to the service.
  // (billing-vm is also the first of the services sharing server port 9090: two links to it.)
  await panel.getByRole('link', { name: vpcep.billing.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/endpoint-services/${vpcep.billing.id}$`));
  await expect(page.getByRole('heading', { name: vpcep.billing.name, exact: true })).toBeVisible();
});

test('given the whole inventory, when the TEST stage is chosen, then the table and the graph narrow to TEST alone', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await openFreshInventory(page);

  const table = page.getByRole('table', { name: 'Bindings' });
  const bodyRows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  const graph = page.getByRole('region', { name: 'Bindings graph' });
  const pairNodes = graph.getByRole('group', { name: /^Group · stage: / });

  await expect(page.getByTestId('row-count')).toHaveText(`${seeded.apis} of ${seeded.apis} APIs`);
  await expect(table).toHaveAttribute('aria-rowcount', String(seeded.apis + 1));
  // With no filter the graph is the overview of clusters; a filter draws each API.
  await expect(graph.getByTestId('graph-mode')).toHaveAttribute('data-mode', 'overview');

  await page.getByRole('combobox', { name: 'Stage' }).selectOption('TEST');
  await expect(page).toHaveURL(/[?&]stage=TEST/);

  const inTest = SEED.perReplica.deployed.TEST;
  const testPairs = groups.filter((g) => g.published.TEST.length > 0);
  // Bound to an API published in TEST: vpc-core-backend and four backends (no ACL guards TEST).
  const testResources = [
    SEED.vpcAccess.busy.name,
    ...Object.values(SEED.backends)
      .filter((b) => b.publishedApiCount.TEST > 0)
      .map((b) => b.name),
  ];
  await expect(page.getByTestId('row-count')).toHaveText(`${inTest} of ${seeded.apis} APIs`);
  await expect(table).toHaveAttribute('aria-rowcount', String(inTest + 1));
  expect(inTest).toBeLessThan(seeded.apis);
  // Every row drawn (the table draws those in view) is a TEST one.
  await expect(bodyRows.first()).toBeVisible();
  const stages = await bodyRows.locator('[role="cell"]:nth-child(2)').allTextContents();
  expect(stages.length).toBeGreaterThan(5);
  expect(new Set(stages)).toEqual(new Set(['TEST']));
  await table.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(bodyRows.last()).toHaveAttribute('aria-rowindex', String(inTest + 1));
  expect(new Set(await bodyRows.locator('[role="cell"]:nth-child(2)').allTextContents())).toEqual(new Set(['TEST']));

  await expect(graph.getByTestId('graph-level')).toHaveText(`${testResources.length} resources and ${inTest} APIs, each API inside its group · stage.`);
  await expect(graph.locator('.react-flow__minimap-node')).toHaveCount(testResources.length + inTest + testPairs.length);
  await shot(graph, 'bindings-graph-test-stage');
  await graph.getByRole('button', { name: 'Fit View' }).click();
  await expect(pairNodes).toHaveCount(testPairs.length);
  for (const name of await pairNodes.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''))) {
    expect(name).toMatch(/^Group · stage: \S+ · TEST, \d+ APIs?$/);
  }
  for (const group of testPairs) {
    await expect(pairNodes.filter({ hasText: `${group.groupName} · TEST · ${group.published.TEST.length} API` })).toHaveCount(1);
  }
  // Every card is tall enough for its lines (method or kind, name, path or count): none is cut.
  const cards = graph.locator('.portico-graph-node');
  await expect(cards).toHaveCount(testResources.length + inTest);
  const clipped = await cards.evaluateAll((nodes) =>
    nodes.filter((n) => [n, ...Array.from(n.querySelectorAll('p'))].some((line) => line.scrollHeight > line.clientHeight + 1)).map((n) => n.textContent),
  );
  expect(clipped).toEqual([]);
  await shot(page, 'bindings-test-stage', { fullPage: true });

  await page.getByRole('tab', { name: 'Resources' }).click();
  await expect(page.getByTestId('row-count')).toHaveText(`${testResources.length} of ${seeded.resources} resources`);
  const resources = page.getByRole('table', { name: 'Resources' });
  const names = await resources
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .locator('[role="cell"]:first-child')
    .allTextContents();
  expect(names.sort()).toEqual([...testResources].sort());

  // Clearing the filter brings everything back.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('row-count')).toHaveText(`${seeded.resources} of ${seeded.resources} resources`);
  await expect(graph.getByTestId('graph-mode')).toHaveAttribute('data-mode', 'overview');
});

test('given an inventory, when a VPC authorization is picked, then its impact lists every dependent API by group and stage, in words', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await openFreshInventory(page);
  const { busy, direct } = SEED.vpcAccess;

  // From the graph (narrowed to authorizations so the node is in view): picking a node opens its impact.
  await page.getByRole('combobox', { name: 'Resource type' }).selectOption('vpc-authorization');
  const graph = page.getByRole('region', { name: 'Bindings graph' });
  await graph.getByRole('group', { name: new RegExp(`^VPC authorization: ${direct.name},`) }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]resource=vpc-authorization%3A${direct.vpcAccessId}`));
  const impact = page.getByRole('region', { name: 'Impact' });
  await expect(impact.getByRole('heading', { name: `If you change ${direct.name}` })).toBeVisible();
  await expect(impact.getByTestId('impact-api')).toHaveCount(direct.boundApiCount);
  await expect(page.getByTestId('node-impact-sentence')).toContainText(`${direct.boundApiCount} APIs in`);
  await impact.getByRole('button', { name: 'Close the impact' }).click();
  await expect(impact).toBeHidden();

  // From the resources table: the busiest authorization, 24 APIs.
  await page.getByRole('tab', { name: 'Resources' }).click();
  await page.getByRole('button', { name: `${busy.boundApiCount} APIs: impact` }).click();
  await expect(impact.getByRole('heading', { name: `If you change ${busy.name}` })).toBeVisible();
  await expect(impact.getByTestId('impact-sentence')).toHaveText(new RegExp(`^${busy.boundApiCount} APIs in \\d+ groups?, \\d+ of them in RELEASE depend on it\\.$`));
  await expect(impact.getByTestId('impact-api')).toHaveCount(busy.boundApiCount);
  // Readable details instead of raw keys.
  await expect(impact.getByText('VPC', { exact: true })).toBeVisible();
  await expect(impact.getByText('vpcId')).toHaveCount(0);
  // Every stage section holds only its stage's APIs, under a group heading.
  const groupsShown = await impact.getByTestId('impact-group').count();
  expect(groupsShown).toBeGreaterThan(0);
  for (const section of await impact.getByTestId('impact-stage').all()) {
    const stage = await section.getAttribute('data-stage');
    expect(STAGES).toContain(stage);
    await expect(section.getByText(`${await section.getByTestId('impact-api').count()} API`, { exact: false }).first()).toBeVisible();
  }
  await shot(impact, 'bindings-impact');
});

test('given an inventory, when an address is searched, then it lands on the ACL entry holding it; an API found opens its chain per stage', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await openFreshInventory(page);
  const partners = SEED.ipControls.partners;
  const item = partners.policyItems.find((p) => p.cidrIp.includes('203.0.113.0/24'))!;

  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('203.0.113.7');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByTestId('search-hit').first()).toContainText('203.0.113.0/24');
  await expect(results.getByTestId('search-hit').first()).toContainText(`list ${partners.name} · holds 203.0.113.7`);
  await results.getByTestId('search-hit').first().click();
  await expect(page).toHaveURL(new RegExp(`entry=${item.policyItemId}`));
  const impact = page.getByRole('region', { name: 'Impact' });
  const current = impact.locator('[data-testid="acl-entry"][aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('203.0.113.0/24');
  await expect(current).toBeInViewport();
  await shot(page, 'bindings-search-acl-entry');

  // An API by its path: its chain in each stage it is published in.
  await search.fill('/v1/orders');
  await results.locator('[data-testid="search-hit"][data-type="api"]').first().click();
  const chain = page.getByRole('region', { name: 'API chain' });
  await expect(chain.getByTestId('chain-stage').first()).toBeVisible();
  for (const stage of await chain.getByTestId('chain-stage').all()) {
    await expect(stage.getByTestId('chain-step')).toHaveCount(4);
    await expect(stage).toContainText('/v1/orders');
  }
  await shot(chain, 'bindings-api-chain');
});

test('given an inventory, when it is exported, then the CSV and the JSON downloads hold its rows', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'viewer'));
  await openFreshInventory(page);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^portico-bindings-.+\.csv$/);
  const lines = readFileSync((await csv.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  // Every cell is quoted (formula-safe in any spreadsheet locale).
  expect(lines[0]).toBe('"kind","subject","group","stage","api","method","path","resources","findings"');
  expect(lines.filter((line) => line.startsWith('"api",'))).toHaveLength(seeded.apis);
  expect(lines).toHaveLength(1 + seeded.apis + seeded.resources);
  expect(lines.find((line) => line.startsWith(`"vpc-authorization","${SEED.vpcAccess.idle.name}",`))).toMatch(/,"0 bound","unused-authorization"$/);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(json.suggestedFilename()).toMatch(/^portico-bindings-.+\.json$/);
  const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { apis: unknown[]; resources: { name: string }[]; findings: { kind: string }[] };
  expect(exported.apis).toHaveLength(seeded.apis);
  expect(exported.resources).toHaveLength(seeded.resources);
  expect(exported.findings.filter((f) => f.kind === 'unprotected-api')).toHaveLength(findings.unprotected);
  await expect(page.getByText(/Export failed/)).toHaveCount(0);

  // With a stage filter on screen, the file holds that stage only, as the table does.
  await page.getByRole('combobox', { name: 'Stage' }).selectOption('TEST');
  await expect(page.getByTestId('row-count')).toHaveText(`${SEED.perReplica.deployed.TEST} of ${seeded.apis} APIs`);
  const [filtered] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const apiLines = readFileSync((await filtered.path())!, 'utf8')
    .trim()
    .split(/\r?\n/)
    .filter((line) => line.startsWith('"api",'));
  expect(apiLines).toHaveLength(SEED.perReplica.deployed.TEST);
  expect(apiLines.every((line) => line.split('","')[3] === 'TEST')).toBe(true);
});
