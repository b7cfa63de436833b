import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_ALIBABA_ACCESS_KEY_SECRET } from '@portico/cloud-emulator/config';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the built console contains no cloud secret', () => {
  const dist = resolve(import.meta.dirname, '../../apps/web/dist');
  const files = filesUnder(dist);
  expect(files.length).toBeGreaterThan(3);
  for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(DEMO_ALIBABA_ACCESS_KEY_SECRET);
});

test('the page a browser loads carries no secret and runs under the CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByLabel('Username')).toBeVisible();
  expect(await page.content()).not.toContain(DEMO_ALIBABA_ACCESS_KEY_SECRET);
  expect(violations).toEqual([]);
});
