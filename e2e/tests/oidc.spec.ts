import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test, type Page } from '@playwright/test';
import { emulatorPort } from '../playwright.config.ts';
import { callAs } from './as-person.ts';
import { ADMIN, createPerson, shot, signIn } from './support.ts';

// Its own console (emulator + BFF + SPA) with a real OpenID provider beside it, on the ports
// after the shared console's, so the other specs keep a console without a provider.
const consolePort = Number(process.env.E2E_PORT ?? 8199) + 1;
const ownEmulatorPort = emulatorPort + 1;
const providerPort = emulatorPort + 2;
const consoleUrl = `http://127.0.0.1:${consolePort}`;

let server: ChildProcess | undefined;

test.use({ baseURL: consoleUrl });

test.beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', 'serve.ts'], {
    cwd: resolve(import.meta.dirname, '..'),
    env: { ...process.env, E2E_PORT: String(consolePort), E2E_EMULATOR_PORT: String(ownEmulatorPort), E2E_OIDC_PORT: String(providerPort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`${consoleUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await sleep(500);
  }
  throw new Error('the console with an identity provider did not start');
});

test.afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((done) => server!.once('exit', done));
  server.kill('SIGTERM');
  await exited;
});

/** At the provider's own pages: its login form (any password), then its consent page. */
async function signInAtProvider(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${providerPort}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password at all');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a person signs in through the identity provider’s login page and lands where they were, as the role their group gives', async ({ page }) => {
  await page.goto('/audit');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit/);
  const sso = page.getByRole('link', { name: 'Sign in with Test IdP' });
  await expect(sso).toBeVisible();
  await shot(page, 'sign-in-with-provider');
  await sso.click();
  await signInAtProvider(page, 'olivia');

  await expect(page).toHaveURL(`${consoleUrl}/audit`);
  const account = page.getByRole('button', { name: 'Account: Olivia Operator (operator)' });
  await expect(account).toBeVisible();
  // No Portico password to change for someone who signs in through the provider.
  await account.click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Change password' })).toHaveCount(0);
});

test('an admin sees who signs in through SSO, with their groups, and can require SSO', async ({ page, browser }) => {
  // Olivia has signed in once (her account exists from then on).
  const hers = await browser.newContext({ baseURL: consoleUrl });
  const herPage = await hers.newPage();
  await herPage.goto('/sign-in');
  await herPage.getByRole('link', { name: 'Sign in with Test IdP' }).click();
  await signInAtProvider(herPage, 'olivia');
  await expect(herPage.getByRole('navigation')).toBeVisible();
  await hers.close();

  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'People' }).click();
  const olivia = page.locator('tr[data-username="olivia"]');
  await expect(olivia).toContainText('SSO');
  await expect(olivia.getByRole('cell', { name: 'portico-operators' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Access level of olivia' })).toBeDisabled();
  await expect(page.locator('tr[data-username="admin"]')).toContainText('local');

  const requireSso = page.getByRole('switch', { name: 'Require single sign-on' });
  // Controlled by the saved setting: checked once the BFF has stored (and audited) it.
  await requireSso.click();
  await expect(requireSso).toBeChecked();
  await expect(page.getByText('Password sign-in is refused for everyone but admins.', { exact: false })).toBeVisible();
  await shot(page, 'people-with-sso', { fullPage: true });
  await requireSso.click();
  await expect(requireSso).not.toBeChecked();
});

test('when the person’s groups give no access, then the sign-in page says so in words', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
  await signInAtProvider(page, 'nobody');
  await expect(page).toHaveURL(/\/sign-in\?error=no_access/);
  await expect(page.getByRole('alert')).toContainText('Your groups give you no access to Portico');
  await shot(page, 'sign-in-no-access');
});

test('when the person cancels at the provider, then they are back at sign-in, told so', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
  await expect(page).toHaveURL(new RegExp(`:${providerPort}/interaction/`));
  await page.getByRole('link', { name: '[ Cancel ]' }).click();
  await expect(page).toHaveURL(/\/sign-in\?error=cancelled/);
  await expect(page.getByRole('alert')).toContainText('Sign-in was cancelled');
});

test('an admin grants a group operator on TEST backend models; its member signs in through the provider, saves TEST and finds RELEASE disabled with the reason', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'Permissions' }).click();
  await page.getByRole('button', { name: 'New grant' }).click();
  const editor = page.getByRole('dialog', { name: 'New grant' });
  await editor.getByLabel('Identity-provider group').fill('orders-test-ops');
  await editor.getByLabel('Role', { exact: true }).click();
  await page.getByRole('option', { name: 'operator' }).click();
  await editor.getByLabel('Resource kinds', { exact: true }).click();
  await page.getByRole('option', { name: 'Backend models' }).click();
  await editor.getByLabel('Stages (for per-stage changes)', { exact: true }).click();
  await page.getByRole('option', { name: 'TEST' }).click();
  await expect(editor.getByText('Allows: operator on backend models in TEST of every profile.')).toBeVisible();
  await shot(page, 'access-grant-editor');
  await editor.getByRole('button', { name: 'Add grant' }).click();
  await expect(page.getByRole('table', { name: 'Group' }).getByRole('row', { name: /orders-test-ops/ })).toContainText('operator on backend models in TEST of every profile');
  await shot(page, 'access-grants', { fullPage: true });

  const hers = await browser.newContext({ baseURL: consoleUrl });
  const tess = await hers.newPage();
  await tess.goto('/backend-models');
  await tess.getByRole('link', { name: 'Sign in with Test IdP' }).click();
  await signInAtProvider(tess, 'tess');
  await expect(tess).toHaveURL(`${consoleUrl}/backend-models`);
  // Only what her grant covers is in the navigation.
  const nav = tess.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Backend models' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'VPC authorizations' })).toHaveCount(0);
  // The bindings inventory shows every kind: not for a grant narrowed to one.
  await expect(nav.getByRole('link', { name: 'Bindings' })).toHaveCount(0);

  await tess.getByRole('table', { name: 'Backend services' }).getByRole('link', { name: 'portico-catalog-http', exact: true }).click();
  await tess.getByRole('tab', { name: 'RELEASE' }).click();
  const releaseEdit = tess.getByRole('tabpanel', { name: 'RELEASE' }).getByRole('button', { name: 'Edit model' });
  await expect(releaseEdit).toHaveAttribute('aria-disabled', 'true');
  await expect(releaseEdit).toHaveAccessibleDescription('This needs operator on backend models named portico-catalog-http in RELEASE of every profile. Ask an admin for it.');
  await releaseEdit.hover();
  await shot(tess, 'grant-release-disabled');

  await tess.getByRole('tab', { name: 'TEST' }).click();
  await tess.getByRole('tabpanel', { name: 'TEST' }).getByRole('button', { name: 'Edit model' }).click();
  await tess.getByLabel('Service address').fill('http://catalog-tess.internal.portico.example:8080');
  await tess.getByRole('button', { name: 'Review changes' }).click();
  await tess.getByRole('dialog', { name: 'Review changes to the TEST model' }).getByRole('button', { name: 'Confirm and save' }).click();
  await expect(tess.getByRole('region', { name: 'Batch update' }).getByText('Completed', { exact: true })).toBeVisible({ timeout: 30_000 });

  await tess.getByRole('link', { name: 'Permissions' }).click();
  await expect(tess.getByRole('list', { name: 'Effective permissions' })).toContainText('operator on backend models in TEST of every profile');
  await expect(tess.getByRole('list', { name: 'Effective permissions' })).toContainText('group orders-test-ops');
  await hers.close();
});

test('a person who signs in through SSO approves a change after signing in again at the provider (it asks for the password anew)', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN);
  const policy = (await callAs(page, 'POST', '/api/change-policies', { name: 'Release review', scope: { kinds: ['backend-model'], stages: ['RELEASE'] } })) as { id: string };
  const author = await createPerson(consoleUrl, 'operator');
  const theirs = await browser.newContext({ baseURL: consoleUrl });
  const authorPage = await theirs.newPage();
  await signIn(authorPage, author);
  const backends = (await callAs(authorPage, 'GET', '/api/backends')) as { items: { id: string; name: string }[] };
  const backend = backends.items.find((b) => b.name === 'portico-catalog-http')!;
  const detail = (await callAs(authorPage, 'GET', `/api/backends/${backend.id}`)) as { models: { stageName: string; data: Record<string, unknown> }[] };
  const model = detail.models.find((m) => m.stageName === 'RELEASE')!;
  const input = {
    params: { id: backend.id, stage: 'RELEASE' },
    query: {},
    body: { data: { ...model.data, ServiceTimeout: 19_000 }, clientToken: `sso-approve-${Date.now()}` },
  };
  const request = (await callAs(authorPage, 'POST', '/api/changes', { operation: 'modifyBackendModel', input, comment: 'Longer timeout' })) as { id: string };
  await theirs.close();

  const hers = await browser.newContext({ baseURL: consoleUrl });
  const olivia = await hers.newPage();
  try {
    await olivia.goto(`/changes/${request.id}`);
    await olivia.getByRole('link', { name: 'Sign in with Test IdP' }).click();
    await signInAtProvider(olivia, 'olivia');
    await expect(olivia).toHaveURL(`${consoleUrl}/changes/${request.id}`);
    const approve = async () => {
      await olivia.getByRole('button', { name: 'Approve' }).click();
      await olivia.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    };
    await approve();
    // Signed in a moment ago, but possibly silently: the provider is asked to check again.
    const stepUp = olivia.getByRole('dialog', { name: 'Confirm it is you' });
    await expect(stepUp).toContainText('Sign in again at your identity provider');
    await shot(olivia, 'step-up-through-provider');
    await stepUp.getByRole('link', { name: 'Sign in again' }).click();
    await expect(olivia).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${providerPort}/interaction/`));
    await olivia.locator('input[name="login"]').fill('olivia');
    await olivia.locator('input[name="password"]').fill('any password at all');
    await olivia.getByRole('button', { name: 'Sign-in' }).click();
    const consent = olivia.getByRole('button', { name: 'Continue' });
    if (await consent.isVisible().catch(() => false)) await consent.click();
    await expect(olivia).toHaveURL(`${consoleUrl}/changes/${request.id}`);
    await approve();
    await expect(olivia.getByText('Approved', { exact: true })).toBeVisible();
    await expect(olivia.getByText(/olivia approved/)).toBeVisible();
  } finally {
    await hers.close();
    await callAs(page, 'GET', '/api/session');
    await page.request.delete(`/api/change-policies/${policy.id}`, {
      headers: { 'x-csrf-token': ((await (await page.request.get('/api/session')).json()) as { csrfToken: string }).csrfToken },
    });
  }
});
