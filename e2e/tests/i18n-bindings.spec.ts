import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { expectAccessible } from './axe.ts';
import { englishLeft } from './english-left.ts';
import { ADMIN, createPerson, resetEmulator, shotsAtWidths } from './support.ts';

/** The bindings page's words for the parts each test opens, per language. */
const words = {
  'zh-CN': { search: '搜索', results: '搜索结果', impact: '影响', chain: 'API调用链', resources: '资源', holds: '包含203.0.113.7' },
  'en-US': { search: 'Search', results: 'Search results', impact: 'Impact', chain: 'API chain', resources: 'Resources', holds: 'holds 203.0.113.7' },
} as const;
type Locale = keyof typeof words;

/** Signs in by the form's field names: the form's words follow the browser's language. */
async function signIn(page: Page, person: { username: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[name="username"]').fill(person.username);
  await page.locator('input[name="password"]').fill(person.password);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('navigation').waitFor();
}

/**
 * The page with an inventory on it (the one there is, or the first one, built as the page opens),
 * once the graph is drawn and nothing loads. Opened by its address, so no pointer rests on the navigation.
 */
async function openBindings(page: Page): Promise<void> {
  await page.goto('/bindings');
  await expect(page.getByTestId('inventory-summary')).toBeVisible({ timeout: 180_000 });
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  await expect(page.locator('main .mantine-Skeleton-root, main .mantine-Loader-root')).toHaveCount(0, { timeout: 60_000 });
}

/** An address searched: the ACL entries holding it, then the first one's impact. */
async function openImpact(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('textbox', { name: words[locale].search }).fill('203.0.113.7');
  const hit = page.getByRole('region', { name: words[locale].results }).getByTestId('search-hit').first();
  await expect(hit).toContainText(words[locale].holds);
  await hit.click();
  await expect(page.getByRole('region', { name: words[locale].impact }).getByTestId('impact-sentence')).toBeVisible();
}

/** An API searched by its path: its chain in each stage it is published in. */
async function openChain(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('textbox', { name: words[locale].search }).fill('/v1/orders');
  await page.getByRole('region', { name: words[locale].results }).locator('[data-testid="search-hit"][data-type="api"]').first().click();
  await expect(page.getByRole('region', { name: words[locale].chain }).getByTestId('chain-stage').first()).toBeVisible();
}

async function expectChinese(page: Page, screen: string, testInfo: TestInfo): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await shotsAtWidths(page, testInfo, `zh-${screen}`);
  expect(await englishLeft(page), `English words left on ${screen}`).toEqual([]);
}

test.describe('the bindings page in a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test.beforeAll(async () => {
    await resetEmulator();
  });

  test('given a zh-CN browser, when the inventory summary, search, impact, per-API chain, node details and resources are read, then no English label is left; switched to English, they read English', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(420_000);
    await signIn(page, await createPerson(baseURL!, 'viewer'));
    await openBindings(page);
    await expect(page.getByTestId('inventory-summary')).toContainText(/数据时间.*次云调用 · 耗时/);
    await expectChinese(page, 'bindings', testInfo);

    // Search: the hits, then an ACL entry's impact.
    await page.getByRole('textbox', { name: '搜索' }).fill('203.0.113.7');
    await expect(page.getByRole('region', { name: '搜索结果' }).getByTestId('search-hit').first()).toContainText('包含203.0.113.7');
    await expect(page.getByRole('region', { name: '搜索结果' })).toContainText(/\d+个匹配项/);
    await expectChinese(page, 'bindings-search', testInfo);
    await page.getByRole('region', { name: '搜索结果' }).getByTestId('search-hit').first().click();
    const impact = page.getByRole('region', { name: '影响' });
    await expect(impact.getByRole('heading', { name: new RegExp(`^如果修改${SEED.ipControls.partners.name}$`) })).toBeVisible();
    await expect(impact.getByTestId('impact-sentence')).toHaveText(/^(没有已发布API依赖它。|\d+个分组中的[\d,]+个API依赖它，(全部在|其中[\d,]+个在)RELEASE环境。)$/);
    await expectChinese(page, 'bindings-impact', testInfo);

    // One API's chain, per stage.
    await openChain(page, 'zh-CN');
    const chain = page.getByRole('region', { name: 'API调用链' });
    await expect(chain.getByTestId('chain-stage').first().getByText('谁可以调用')).toBeVisible();
    await expectChinese(page, 'bindings-chain', testInfo);

    // The resources' table.
    await page.getByRole('tab', { name: '资源' }).click();
    await expect(page.getByTestId('row-count')).toHaveText(/^[\d,]+\/[\d,]+个资源$/);
    await expectChinese(page, 'bindings-resources', testInfo);

    // A node of the graph, filtered to one stage so resources and APIs are drawn one by one.
    await page.goto('/bindings?stage=TEST');
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
    await page.locator('.react-flow__node').first().click();
    await expect(page.getByTestId('node-details')).toBeVisible();
    await expectChinese(page, 'bindings-node', testInfo);

    // English at once, no reload.
    await page.getByRole('button', { name: '语言：简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Bindings', level: 1 })).toBeVisible();
    await expect(page.getByTestId('inventory-summary')).toContainText(/as of .* cloud calls · built in/);
    await expect(page.getByTestId('node-details')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Search' })).toBeVisible();
  });
});

// axe on the bindings page with its panels open, in each language and colour scheme; the Chinese ones are also photographed.
for (const locale of ['en-US', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`bindings, ${locale}, ${colorScheme} colour scheme`, () => {
      test.use({ colorScheme, locale });

      test(`given a ${locale} browser in the ${colorScheme} scheme, when the search, an impact and an API chain are open, then axe finds no serious or critical violation`, async ({
        page,
      }, testInfo) => {
        test.setTimeout(300_000);
        const label = `${locale} ${colorScheme} · bindings`;
        await signIn(page, ADMIN);
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
        await openBindings(page);
        await expectAccessible(page, `${label}`);
        await page.getByRole('textbox', { name: words[locale].search }).fill('203.0.113.7');
        await expect(page.getByRole('region', { name: words[locale].results }).getByTestId('search-hit').first()).toBeVisible();
        await expectAccessible(page, `${label} search`);
        await openImpact(page, locale);
        await openChain(page, locale);
        await expectAccessible(page, `${label} impact and chain`);
        if (locale === 'zh-CN') await shotsAtWidths(page, testInfo, `zh-${colorScheme}-bindings`);
      });
    });
  }
}
