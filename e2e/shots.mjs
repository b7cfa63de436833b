// Screenshots for people to look at (not a test): node shots.mjs <baseURL> <outDir> [paths…]
import { chromium } from '@playwright/test';

const [base, out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
for (const locale of (process.env.LOCALES ?? 'en,zh-CN').split(',')) {
  for (const colorScheme of (process.env.SCHEMES ?? 'light,dark').split(',')) {
    const context = await browser.newContext({ locale, colorScheme, viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.locator('form button[type="submit"]').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/sign-in-${locale}-${colorScheme}.png` });
    await page.locator('input[name="username"]').fill('admin');
    await page.locator('input[name="password"]').fill(process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password');
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('navigation').waitFor();
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
      const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root';
      await page.screenshot({ path: `${out}/${name}-${locale}-${colorScheme}.png`, fullPage: false });
    }
    await context.close();
  }
}
await browser.close();
