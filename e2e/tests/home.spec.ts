import { expect, test } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { callAs, useChinese } from './as-person.ts';
import { createPerson, resetEmulator, shotsAtWidths, signIn } from './support.ts';

// Screenshots at three widths in two languages take a while on a busy machine.
test.setTimeout(180_000);

test.beforeEach(async () => {
  await resetEmulator();
});

test('given an operator, when they sign in, then the home screen counts each kind per profile, shows the findings or says the inventory is not built, and lists their recent change; each links on', async ({
  page,
  baseURL,
}, testInfo) => {
  const person = await createPerson(baseURL!, 'operator');
  await signIn(page, person);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  const resources = page.getByRole('region', { name: 'Resources' });
  const vpcCount = resources.locator('[data-kind="vpc-authorization"]').first();
  await expect(vpcCount).toContainText(String(Object.keys(SEED.vpcAccess).length));
  await expect(resources.locator('[data-kind="endpoint-service"]').first()).toBeVisible();
  const findings = page.getByRole('region', { name: 'Findings' });
  // The suite's console is shared: an earlier test may have built the inventory. Either state is shown as it is.
  const built = (await page.request.get('/api/bindings')).ok();
  if (built) {
    await expect(findings.getByRole('link', { name: /high|warning|info/ }).first()).toHaveAttribute('href', /\/bindings\?profile=/);
    await expect(findings).toContainText(/As of/);
  } else {
    await expect(findings).toContainText('The bindings inventory has not been built yet.');
    await expect(findings.getByRole('link', { name: 'Open Bindings to build it' }).first()).toHaveAttribute('href', /\/bindings\?profile=/);
  }

  // A change of theirs shows under Mine, linking to its audit event.
  const name = `home-e2e-${Date.now()}`;
  await callAs(page, 'POST', '/api/vpc-authorizations', { name, vpcId: 'vpc-home00001', instanceId: 'i-home00001', port: 8443 });
  await page.reload();
  const recent = page.getByRole('region', { name: 'Recent changes' });
  const line = recent.getByRole('link', { name: new RegExp(`${person.username} created a VPC authorization: ${name}`) });
  await expect(line).toBeVisible();
  await shotsAtWidths(page, testInfo, 'home-en');

  await useChinese(page);
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
  if (!built) await expect(page.getByText('尚未生成绑定关系清单。').first()).toBeVisible();
  else await expect(page.getByRole('region', { name: '发现' })).toContainText('截至');
  await shotsAtWidths(page, testInfo, 'home-zh');
  await page.evaluate(() => localStorage.setItem('portico-locale', 'en'));
  await page.reload();

  await page
    .getByRole('region', { name: 'Recent changes' })
    .getByRole('link', { name: new RegExp(name) })
    .click();
  await expect(page).toHaveURL(/\/audit\/[0-9a-f-]+$/);
  await page.goto('/');
  await page.getByRole('region', { name: 'Resources' }).locator('[data-kind="vpc-authorization"]').first().click();
  await expect(page).toHaveURL(/\/vpc-authorizations\?profile=/);
  await expect(page.getByRole('table', { name: 'VPC authorizations' })).toContainText(name);
});
