import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { createPerson, PASSWORD } from './support.ts';

/** The navigation's labels in each language (the glossary's console terms in Chinese). */
const NAV = {
  'zh-CN': ['VPC授权', 'IP访问控制', '后端服务', '终端节点服务', '绑定关系', '操作审计', 'API令牌'],
  en: ['VPC authorizations', 'IP access control', 'Backend models', 'Endpoint services', 'Bindings', 'Audit', 'API tokens'],
};

async function signInByForm(page: Page, username: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('navigation').waitFor();
}

async function expectNav(page: Page, locale: keyof typeof NAV): Promise<void> {
  const nav = page.getByRole('navigation');
  for (const label of NAV[locale]) await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  const other = locale === 'en' ? NAV['zh-CN'] : NAV.en;
  for (const label of other) await expect(nav.getByRole('link', { name: label, exact: true })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('given a zh-CN browser, when someone signs in, then the shell is Chinese; switched to English it changes without a reload and back, and the choice follows the person to another browser', async ({
    page,
    baseURL,
    browser,
  }) => {
    const person = await createPerson(baseURL!, 'operator');
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await expect(page.getByLabel('用户名')).toBeVisible();
    await expect(page.getByLabel('密码', { exact: true })).toBeVisible();

    await signInByForm(page, person.username);
    await expectNav(page, 'zh-CN');
    await expect(page.getByRole('button', { name: /^账号：E2E operator（运维人员）$/ })).toBeVisible();

    // No reload: a mark left on the window survives the switch.
    await page.evaluate(() => Object.assign(window, { __porticoMark: 'still here' }));
    await page.getByRole('button', { name: '语言：简体中文' }).click();
    await expectAccessible(page, 'zh-CN light · language menu open');
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expectNav(page, 'en');
    expect(await page.evaluate(() => (window as unknown as { __porticoMark?: string }).__porticoMark)).toBe('still here');

    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await expectNav(page, 'zh-CN');
    expect(await page.evaluate(() => (window as unknown as { __porticoMark?: string }).__porticoMark)).toBe('still here');

    // The account menu's password dialog is Chinese too, and passes axe.
    await page.getByRole('button', { name: /^账号：/ }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = page.getByRole('dialog', { name: '修改您的密码' });
    await expect(dialog.getByLabel('当前密码')).toBeVisible();
    await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await expectAccessible(page, 'zh-CN light · change password dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Another browser, set to English: the person's choice, kept on the account, wins at sign-in.
    const elsewhere = await browser.newContext({ locale: 'en-US' });
    const other = await elsewhere.newPage();
    await signInByForm(other, person.username);
    await expectNav(other, 'zh-CN');
    await elsewhere.close();
  });

  test('given a zh-CN browser, when a page does not exist or the colour scheme is switched, then the not-found page is Chinese and dark mode applies at once', async ({
    page,
    baseURL,
  }) => {
    const person = await createPerson(baseURL!, 'viewer');
    await signInByForm(page, person.username);
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    await expect(page.getByRole('link', { name: '前往VPC授权' })).toBeVisible();

    await page.getByRole('button', { name: /^配色：/ }).click();
    await page.getByRole('menuitem', { name: '深色' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    // Remembered: a reload keeps it.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });
});
