import { expect, test, type Page } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { expectAccessible } from './axe.ts';
import { ADMIN, resetEmulator } from './support.ts';

const BUSY = SEED.vpcAccess[Object.keys(SEED.vpcAccess)[0] as keyof typeof SEED.vpcAccess];
const ACL = SEED.ipControls.partners;
const BACKEND = SEED.backends.identityNacos;
const SERVICE = SEED_VPCEP.services.billing;

/** A screen is ready when its title is there and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await expect(page.locator('main .mantine-Skeleton-root, main .mantine-Loader-root, [role="progressbar"][aria-label="Loading page"]')).toHaveCount(0, { timeout: 30_000 });
}

interface Screen {
  name: string;
  path: string;
  /** What else must be on screen before axe looks. */
  ready?: (page: Page) => Promise<void>;
}

const screens: Screen[] = [
  { name: 'VPC authorizations list', path: '/vpc-authorizations', ready: (p) => p.locator('main table tbody tr').first().waitFor() },
  { name: 'VPC authorization detail', path: `/vpc-authorizations/${BUSY.name}`, ready: (p) => p.locator('main table tbody tr').first().waitFor() },
  { name: 'VPC authorization edit', path: `/vpc-authorizations/${BUSY.name}/edit`, ready: (p) => p.locator('main form input').first().waitFor() },
  { name: 'IP access control list', path: '/ip-access-control', ready: (p) => p.locator('main table tbody tr').first().waitFor() },
  { name: 'IP access control detail', path: `/ip-access-control/${ACL.ipControlId}`, ready: (p) => p.locator('main table tbody tr').first().waitFor() },
  { name: 'Backend models list', path: '/backend-models', ready: (p) => p.locator('main table tbody tr').first().waitFor() },
  { name: 'Backend model detail', path: `/backend-models/${BACKEND.backendId}?stage=TEST`, ready: (p) => p.locator('main .cm-editor, main table').first().waitFor() },
  { name: 'Backend model editor', path: `/backend-models/${BACKEND.backendId}/TEST/edit`, ready: (p) => p.locator('main .cm-editor').first().waitFor() },
  { name: 'Endpoint services list', path: '/endpoint-services', ready: (p) => p.locator('main table tbody tr').first().waitFor() },
  { name: 'Endpoint service detail', path: `/endpoint-services/${SERVICE.id}`, ready: (p) => p.locator('main table').first().waitFor() },
  {
    name: 'Bindings',
    path: '/bindings',
    ready: async (p) => {
      await expect(p.getByTestId('inventory-summary')).toBeVisible({ timeout: 30_000 });
      await p.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
    },
  },
  { name: 'Audit', path: '/audit', ready: (p) => p.locator('main table tbody tr').first().waitFor() },
  { name: 'People', path: '/people', ready: (p) => p.locator('main table tbody tr').first().waitFor() },
  { name: 'API tokens', path: '/tokens' },
  { name: 'Home', path: '/', ready: (p) => p.locator('main h1').first().waitFor() },
  { name: 'Changes', path: '/changes', ready: (p) => p.locator('main h1').first().waitFor() },
  { name: 'Task history', path: '/tasks', ready: (p) => p.locator('main h1').first().waitFor() },
  { name: 'Permissions', path: '/access', ready: (p) => p.locator('main h1').first().waitFor() },
];

async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[name="username"]').fill(ADMIN.username);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('navigation').waitFor();
}

test.beforeAll(async () => {
  await resetEmulator();
});

// Each combination of language (the browser's, which the console follows at a first visit) and colour scheme.
for (const locale of ['en-US', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme} colour scheme`, () => {
      test.use({ colorScheme, locale });

      test(`given a ${locale} browser in the ${colorScheme} scheme, when each screen is opened, then axe finds no serious or critical violation`, async ({ page }) => {
        test.setTimeout(180_000);
        const label = `${locale} ${colorScheme}`;
        await page.goto('/sign-in');
        await page.locator('form button[type="submit"]').waitFor();
        await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh-CN' ? 'zh-CN' : 'en');
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
        await expectAccessible(page, `${label} · sign-in`);
        await signInAsAdmin(page);
        for (const screen of screens) {
          await page.goto(screen.path);
          await settled(page);
          await screen.ready?.(page);
          await settled(page);
          await expectAccessible(page, `${label} · ${screen.name}`);
        }
      });
    });
  }
}

test('given the policy item editor, when it is used with the keyboard only, then focus starts inside it, follows the form in order, stays in the dialog and returns to the opener on Escape', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.goto(`/ip-access-control/${ACL.ipControlId}`);
  await settled(page);
  const opener = page.locator('main button').filter({ hasText: /Add policy item|添加策略/ });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await expectAccessible(page, 'en-US light · policy item editor');

  // Tab walks the dialog's controls in the order they are drawn, and never leaves it.
  const order: string[] = [];
  for (let i = 0; i < 25; i++) {
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const dialogEl = document.querySelector('[role="dialog"]');
      const rect = el?.getBoundingClientRect();
      return {
        inside: !!dialogEl && !!el && dialogEl.contains(el),
        top: rect?.top ?? 0,
        left: rect?.left ?? 0,
        id: `${el?.tagName}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? ''}`,
      };
    });
    expect(where.inside, `focus left the dialog at step ${i}`).toBe(true);
    order.push(`${Math.round(where.top)}:${where.id}`);
    await page.keyboard.press('Tab');
  }
  // After the close button (top right), focus goes down the form: no control is reached before one above it, until it wraps to the top.
  const tops = order.map((o) => Number(o.split(':')[0]));
  const wrap = tops.findIndex((top, i) => i > 1 && top < tops[i - 1]! - 4);
  const firstPass = tops.slice(1, wrap === -1 ? undefined : wrap);
  expect(firstPass, order.join('\n')).toEqual([...firstPass].sort((a, b) => a - b));

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
