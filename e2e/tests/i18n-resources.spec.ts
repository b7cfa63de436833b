import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { englishLeft } from './english-left.ts';
import { createPerson, resetEmulator, shotsAtWidths } from './support.ts';

async function expectChinese(page: Page, screen: string, testInfo: TestInfo): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.waitForLoadState('networkidle');
  await shotsAtWidths(page, testInfo, `zh-${screen}`);
  expect(await englishLeft(page), `English words left on ${screen}`).toEqual([]);
}

test.describe('the resource screens in a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test.beforeEach(async () => {
    await resetEmulator();
  });

  test('given a zh-CN browser, when an operator opens VPC authorizations, IP access control and backend models, then no English label is left; switched to English, the same screens read English', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(240_000);
    // Leaving an editor with changes asks first (the unsaved-changes guard): yes, discard.
    page.on('dialog', (question) => void question.accept());
    const person = await createPerson(baseURL!, 'operator');
    await page.goto('/sign-in');
    await page.locator('input[name="username"]').fill(person.username);
    await page.locator('input[name="password"]').fill(person.password);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('navigation').waitFor();

    // VPC authorizations: the list, one authorization, its edit form and the review.
    await page.getByRole('navigation').getByRole('link', { name: 'VPC授权' }).click();
    await expect(page.getByRole('heading', { name: 'VPC授权', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'VPC授权' })).toBeVisible();
    await expectChinese(page, 'vpc-list', testInfo);
    await page.getByRole('table', { name: 'VPC授权' }).getByRole('link', { name: SEED.vpcAccess.busy.name }).click();
    await expect(page.getByRole('table', { name: '绑定的API' })).toBeVisible();
    await expectChinese(page, 'vpc-detail', testInfo);
    await page.getByRole('button', { name: '编辑' }).click();
    await page.getByLabel('端口').fill('8443');
    await page.getByRole('button', { name: '核对修改' }).click();
    const review = page.getByRole('dialog');
    await expect(review.getByRole('table', { name: '修改内容' })).toBeVisible();
    await expectChinese(page, 'vpc-review', testInfo);
    await review.getByRole('button', { name: '返回编辑' }).click();
    await page.getByRole('link', { name: '取消' }).click();

    // IP access control: the list, one ACL, and the policy item editor.
    await page.getByRole('navigation').getByRole('link', { name: 'IP访问控制' }).click();
    const acls = page.getByRole('table', { name: 'IP访问控制' });
    await expect(acls).toBeVisible();
    await expectChinese(page, 'acl-list', testInfo);
    await acls.getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: '策略', level: 2 })).toBeVisible();
    await expectChinese(page, 'acl-detail', testInfo);
    await page.getByRole('button', { name: '添加策略' }).click();
    await expect(page.getByRole('dialog').getByRole('group', { name: '地址和CIDR网段' })).toBeVisible();
    await page.getByRole('dialog').getByLabel('条目 1').fill('0.0.0.0/0');
    await expect(page.getByRole('dialog').getByText('0.0.0.0/0 是所有地址')).toBeVisible();
    await expectChinese(page, 'acl-item-editor', testInfo);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    // Backend models: the list, one backend, and its model editor.
    await page.getByRole('navigation').getByRole('link', { name: '后端服务' }).click();
    const backends = page.getByRole('table', { name: '后端服务' });
    await expect(backends).toBeVisible();
    await expectChinese(page, 'backend-list', testInfo);
    await backends.getByRole('link', { name: SEED.backends.catalogHttp.name, exact: true }).click();
    await page.getByRole('tab', { name: 'TEST' }).click();
    await expect(page.getByRole('button', { name: '编辑定义' })).toBeVisible();
    await expectChinese(page, 'backend-detail', testInfo);
    await page.getByRole('button', { name: '编辑定义' }).click();
    await expect(page.getByRole('heading', { name: '编辑 TEST 的定义' })).toBeVisible();
    await expectChinese(page, 'backend-editor', testInfo);

    // English at once, no reload: the same screens in English.
    await page.getByRole('button', { name: '语言：简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Edit the TEST model' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Review changes' })).toBeVisible();
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'VPC authorizations' }).click();
    await expect(page.getByRole('heading', { name: 'VPC authorizations', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'VPC authorizations' }).getByRole('columnheader', { name: 'Created' })).toBeVisible();
    await shotsAtWidths(page, testInfo, 'en-vpc-list');
    await page.getByRole('navigation').getByRole('link', { name: 'IP access control' }).click();
    await expect(page.getByRole('heading', { name: 'IP access control', level: 1 })).toBeVisible();
  });
});
