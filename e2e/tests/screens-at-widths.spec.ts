import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { createPerson, resetEmulator, shot, signIn, WIDTHS } from './support.ts';

// Every management screen, three widths each, on a busy machine.
test.setTimeout(600_000);

test.beforeEach(async () => {
  await resetEmulator();
});

/**
 * At each width: the page itself never scrolls sideways (wide tables scroll inside their own
 * box), the account menu is on screen, and a screenshot goes to the report.
 */
async function checkWidths(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Account:/ })).toBeInViewport();
    expect(await sticksOut(page), `${name} at ${width} px: what makes the page scroll sideways`).toEqual([]);
    const body = await page.screenshot({ fullPage: true });
    await testInfo.attach(`${name}-${width}`, { body, contentType: 'image/png' });
    await shot(page, `screen-${name}-${width}`, { fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Elements that reach past the right edge outside any box that scrolls or clips them (named for the message). */
function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(el))
      .filter((el) => !Array.from(el.children).some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
  });
}

const openRow = async (page: Page, table: string, name: string) => {
  await page.getByRole('table', { name: table }).getByRole('link', { name, exact: true }).click();
};

test('every management screen fits 1440, 1024 and 390 px without the page scrolling sideways', async ({ page, baseURL }, testInfo) => {
  await signIn(page, await createPerson(baseURL!, 'admin'));
  const vpc = Object.values(SEED.vpcAccess)[0]!.name;
  const screens: [string, () => Promise<unknown>][] = [
    ['home', () => page.goto('/')],
    ['vpc-list', () => page.goto('/vpc-authorizations')],
    ['vpc-detail', () => page.goto(`/vpc-authorizations/${vpc}`)],
    ['vpc-edit', () => page.goto(`/vpc-authorizations/${vpc}/edit`)],
    ['vpc-new', () => page.goto('/vpc-authorizations/new')],
    ['acl-list', () => page.goto('/ip-access-control')],
    ['acl-detail', () => openRow(page, 'IP access control lists', 'portico_partner_allowlist')],
    ['backend-list', () => page.goto('/backend-models')],
    ['backend-detail', () => openRow(page, 'Backend services', SEED.backends.catalogHttp.name)],
    ['endpoint-list', () => page.goto('/endpoint-services')],
    ['endpoint-detail', () => page.goto(`/endpoint-services/${SEED_VPCEP.services.ledger.id}`)],
    ['endpoint-edit', () => page.goto(`/endpoint-services/${SEED_VPCEP.services.ledger.id}/edit`)],
    ['bindings', () => page.goto('/bindings')],
    ['changes', () => page.goto('/changes')],
    ['tasks', () => page.goto('/tasks')],
    ['audit', () => page.goto('/audit')],
    ['tokens', () => page.goto('/tokens')],
    ['permissions', () => page.goto('/access')],
    ['people', () => page.goto('/people')],
  ];
  for (const [name, open] of screens) {
    await test.step(name, async () => {
      await open();
      await checkWidths(page, testInfo, name);
    });
  }
});
