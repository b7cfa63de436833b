import { expect, request as playwrightRequest, test } from '@playwright/test';
import { ADMIN, createPerson, emulatorCalls, resetEmulator, shotsAtWidths, signIn } from './support.ts';

const ALLOW = 'portico_partner_allowlist';

/** A policy made by the admin through the API for one test, and taken away after it. */
async function withPolicy(baseURL: string, run: () => Promise<void>): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await api.post('/api/session', { data: ADMIN })).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const created = await api.post('/api/change-policies', {
    data: { name: 'Wide ACL entries', scope: { kinds: ['ip-control'] }, when: { aclWiderThanIpv4Prefix: 16, aclOpensToEveryone: true }, approvals: 1 },
    headers,
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  try {
    await run();
  } finally {
    await api.delete(`/api/change-policies/${id}`, { headers });
    await api.dispose();
  }
}

test.beforeEach(async () => {
  await resetEmulator();
});

test('an operator’s widening ACL change waits for review; a second operator approves after typing their password; the author applies it and finds it in the audit log', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  // Two people, two browsers and three widths of screenshots: longer than one screen's test.
  test.setTimeout(180_000);
  await withPolicy(baseURL!, async () => {
    const author = await createPerson(baseURL!, 'operator');
    const approver = await createPerson(baseURL!, 'operator');
    await signIn(page, author);
    await page.goto('/ip-access-control');
    await page
      .getByRole('table', { name: 'IP access control lists' })
      .getByRole('row', { name: new RegExp(ALLOW) })
      .click();
    await page.getByRole('button', { name: 'Add policy item' }).click();
    const editor = page.getByRole('dialog');
    await editor.getByLabel('Paste addresses').fill('10.0.0.0/8');
    await editor.getByRole('button', { name: 'Fill rows' }).click();
    await editor.getByRole('button', { name: 'Review changes' }).click();
    const adds = await emulatorCalls('AddIpControlPolicyItem');
    await page.getByRole('button', { name: 'Confirm and save' }).click();

    // Held: nothing reached the cloud; the console offers a change request.
    const held = page.getByRole('dialog', { name: 'This change needs review' });
    await expect(held).toBeVisible();
    await expect(held).toContainText('Wide ACL entries');
    await expect(held).toContainText('an IPv4 entry wider than /16');
    expect(await emulatorCalls('AddIpControlPolicyItem')).toBe(adds);
    await held.getByLabel('Why is this change needed?').fill('The partner moved to a new 10/8 network');
    await held.getByRole('button', { name: 'Open change request' }).click();
    await expect(page).toHaveURL(/\/changes\/[0-9a-f-]{36}$/);
    await expect(page.getByText('Open', { exact: true })).toBeVisible();
    await expect(page.getByText('0 of 1 approvals')).toBeVisible();
    await expect(page.getByText('You opened this request: another person must approve it.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    const requestUrl = page.url();

    // The approver, in their own browser, sees it waiting (badge and list) and approves after the password.
    const other = await browser.newContext({ baseURL });
    const approverPage = await other.newPage();
    await signIn(approverPage, approver);
    await expect(approverPage.getByRole('link', { name: /Changes/ })).toContainText('1');
    await approverPage.getByRole('link', { name: /Changes/ }).click();
    await approverPage.getByRole('link', { name: `New entries in ${ALLOW}` }).click();
    await expect(approverPage.getByRole('cell', { name: 'an IPv4 entry wider than /16' }).or(approverPage.getByText(/an IPv4 entry wider than \/16/))).toBeVisible();
    // The finding the change would add, in the inventory's own words.
    await expect(approverPage.getByTestId('findings-added')).toContainText('allows 10.0.0.0/8, which is close to allowing everyone');
    await shotsAtWidths(approverPage, testInfo, 'change-request-review');
    await approverPage.getByRole('button', { name: 'Approve' }).click();
    await approverPage.getByRole('dialog').getByLabel('Comment (optional)').fill('Checked with the partner');
    await approverPage.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    const stepUp = approverPage.getByRole('dialog', { name: 'Confirm it is you' });
    await expect(stepUp).toBeVisible();
    await stepUp.getByLabel(/^Password/).fill(approver.password);
    await stepUp.getByRole('button', { name: 'Confirm and approve' }).click();
    await expect(approverPage.getByText('Approved', { exact: true })).toBeVisible();
    await expect(approverPage.getByText(/approved/).filter({ hasText: approver.username })).toBeVisible();
    await other.close();

    // The author applies it and watches it land; the audit log holds the apply.
    await page.goto(requestUrl);
    await page.getByRole('button', { name: 'Apply…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply now' }).click();
    await expect(page.getByText('Applied', { exact: true })).toBeVisible();
    expect(await emulatorCalls('AddIpControlPolicyItem')).toBe(adds + 1);
    await shotsAtWidths(page, testInfo, 'change-request-applied');
    await page.getByRole('link', { name: 'the audit event' }).click();
    await expect(page).toHaveURL(/\/audit\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('main')).toContainText('AddIpControlPolicyItem');
    // The audit event leads back to its request.
    await page.getByRole('link', { name: 'The change request it belongs to' }).click();
    await expect(page).toHaveURL(requestUrl);
  });
});

test('an admin changes a policy in the console (what the form does not show is kept) and removes it after confirming', async ({ page, baseURL }, testInfo) => {
  await withPolicy(baseURL!, async () => {
    await signIn(page, ADMIN);
    await page.goto('/changes');
    const table = page.getByRole('table', { name: 'Change policies' });
    await expect(table.getByRole('row', { name: /Wide ACL entries/ })).toContainText('1 approval by an operator');
    await table.getByRole('button', { name: 'Change Wide ACL entries' }).click();
    const form = page.getByRole('dialog', { name: 'Change policy Wide ACL entries' });
    await expect(form.getByLabel('An IPv4 entry wider than /N')).toHaveValue('16');
    await form.getByLabel('Approvals').fill('2');
    await form.getByLabel('Approver groups').fill('sre');
    await form.getByLabel('Approver groups').press('Enter');
    await shotsAtWidths(page, testInfo, 'change-policy-edit');
    await form.getByRole('button', { name: 'Save policy' }).click();
    await expect(form).toBeHidden();
    await expect(table.getByRole('row', { name: /Wide ACL entries/ })).toContainText('2 approvals by an operator');

    await table.getByRole('button', { name: 'Remove Wide ACL entries' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove the policy Wide ACL entries?' });
    await expect(confirm).toContainText('go straight to the cloud again');
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await expect(table.getByRole('row', { name: /Wide ACL entries/ })).toBeVisible();
    await table.getByRole('button', { name: 'Remove Wide ACL entries' }).click();
    await confirm.getByRole('button', { name: 'Remove policy' }).click();
    await expect(page.getByText('No policy: every save goes straight to the cloud.')).toBeVisible();
  });
});
