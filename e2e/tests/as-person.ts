import type { Page } from '@playwright/test';

/** A JSON call as the person signed in on this page (their cookie, their CSRF token). */
export async function callAs(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<unknown> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const response = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': session.csrfToken } });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Shows the console in Chinese from now on in this browser (the person's account has no language set). */
export async function useChinese(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('portico-locale', 'zh-CN'));
  await page.reload();
  await page.locator('html[lang="zh-CN"]').waitFor();
}
