import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED_VPCEP } from '@portico/cloud-emulator/services/vpcep/seed';
import { ADMIN, resetEmulator, shotsAtWidths } from './support.ts';

/**
 * The admin's screens (endpoint services, tokens, people, permissions, task history) in a
 * zh-CN browser: no English label left in the page's main area. Every ASCII word on screen
 * (text, aria-label, title, placeholder) must be a technical term the Chinese consoles also
 * write in Latin letters, or come from the data (names, ids, usernames the BFF answered).
 */

/** Words the Chinese consoles of both clouds write in Latin letters too, and Portico's brand. */
const TERMS = new Set(
  [
    'Portico',
    'API',
    'APIs',
    'VPC',
    'VPCEP',
    'ID',
    'IP',
    'TCP',
    'TOA',
    'Proxy',
    'Protocol',
    'VM',
    'VIP',
    'LB',
    'SSO',
    'OIDC',
    'JSON',
    'URL',
    'HTTP',
    'Bearer',
    'Authorization',
    'curl',
    'TEST',
    'PRE',
    'RELEASE',
    'key',
    'value',
    'marker_id',
    'port_id',
    'token',
    'api',
    'openapi',
    'json',
    'E2E',
    // The reader's time zone by its IANA id and offset ("Asia/Shanghai (GMT+8)").
    'Asia',
    'Shanghai',
    'GMT',
    'UTC',
  ].map((w) => w.toLowerCase()),
);

/** Values of these fields are names and ids from the cloud or the console's own data. */
const DATA_KEYS = new Set([
  'id',
  'serviceName',
  'name',
  'username',
  'displayName',
  'groups',
  'group',
  'targetName',
  'actor',
  'profile',
  'operation',
  'apiName',
  'groupName',
  'description',
  'domainId',
  'accountId',
  'serviceType',
  'region',
  'owner',
  'names',
]);

function collectDataWords(value: unknown, into: Set<string>, key = ''): void {
  if (typeof value === 'string' && DATA_KEYS.has(key)) for (const word of value.match(/[A-Za-z][A-Za-z0-9_'-]*/g) ?? []) into.add(word.toLowerCase());
  else if (Array.isArray(value)) for (const item of value) collectDataWords(item, into, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectDataWords(v, into, k);
}

async function dataWords(api: APIRequestContext, paths: string[]): Promise<Set<string>> {
  const words = new Set<string>();
  for (const path of paths) {
    const response = await api.get(path);
    if (response.ok()) collectDataWords(await response.json(), words);
  }
  return words;
}

/**
 * The main area's visible text and the accessible names and hints of its elements. Text in
 * <code> is a value as the cloud writes it (tcp_proxy `close`), not a label: it is left out.
 */
async function visibleWords(page: Page): Promise<{ word: string; where: string }[]> {
  return page.locator('main').evaluate((main) => {
    const found: { word: string; where: string }[] = [];
    const code = new Set(Array.from(main.querySelectorAll('code')).flatMap((c) => (c.textContent ?? '').match(/[A-Za-z][A-Za-z0-9_'.-]*/g) ?? []));
    const add = (text: string | null, where: string) => {
      for (const word of (text ?? '').match(/[A-Za-z][A-Za-z0-9_'.-]*/g) ?? []) if (!code.has(word)) found.push({ word, where: where.slice(0, 80) });
    };
    add((main as HTMLElement).innerText, 'text');
    for (const element of Array.from(main.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      for (const attribute of ['aria-label', 'title', 'placeholder']) add(element.getAttribute(attribute), `${attribute}: ${element.getAttribute(attribute) ?? ''}`);
    }
    return found;
  });
}

/**
 * A word that is neither a term nor data: digits, dots and dashes make it an id, a port or a
 * value; a single letter is a placeholder ("ports A to B").
 */
function englishLeft(found: { word: string; where: string }[], data: Set<string>): string[] {
  return [
    ...new Set(
      found
        .filter(({ word }) => word.length > 1 && !/[0-9._-]/.test(word))
        .filter(({ word }) => !TERMS.has(word.toLowerCase()) && !data.has(word.toLowerCase()))
        .map(({ word, where }) => `${word} (${where})`),
    ),
  ];
}

interface Screen {
  name: string;
  path: string;
  ready: (page: Page) => Promise<void>;
}

const { billing } = SEED_VPCEP.services;

const screens = (serviceId: string): Screen[] => [
  { name: 'endpoint-services', path: '/endpoint-services', ready: (p) => p.getByRole('table', { name: '终端节点服务' }).locator('tbody tr').first().waitFor() },
  { name: 'endpoint-service', path: `/endpoint-services/${serviceId}`, ready: (p) => p.getByRole('heading', { name: '连接', exact: true }).waitFor() },
  { name: 'endpoint-service-edit', path: `/endpoint-services/${serviceId}/edit`, ready: (p) => p.getByRole('form', { name: '编辑终端节点服务' }).waitFor() },
  { name: 'tokens', path: '/tokens', ready: (p) => p.getByRole('heading', { name: '新建令牌' }).waitFor() },
  { name: 'people', path: '/people', ready: (p) => p.getByRole('table', { name: '用户管理' }).locator('tbody tr').first().waitFor() },
  { name: 'permissions', path: '/access', ready: (p) => p.getByRole('heading', { name: '授权规则', exact: true }).waitFor() },
  { name: 'tasks', path: '/tasks', ready: (p) => p.getByRole('table', { name: '任务' }).locator('tbody tr').first().waitFor() },
];

/** A batch update, so the task history has a row (with its state, counts and time zone) to show. */
async function startBatchUpdate(baseURL: string): Promise<void> {
  const api = await request.newContext({ baseURL });
  const { csrfToken } = (await (await api.post('/api/session', { data: ADMIN })).json()) as { csrfToken: string };
  const name = 'vpc-core-backend';
  const current = (await (await api.get(`/api/vpc-authorizations/${name}`)).json()) as { authorization?: { vpcId: string; port: number }; vpcId?: string; port?: number };
  const auth = current.authorization ?? { vpcId: current.vpcId!, port: current.port! };
  const changed = await api.put(`/api/vpc-authorizations/${name}`, {
    data: { vpcId: auth.vpcId, instanceId: 'i-i18n-admin-e2e', port: auth.port },
    headers: { 'x-csrf-token': csrfToken },
  });
  if (!changed.ok()) throw new Error(`the batch update did not start: ${changed.status()} ${await changed.text()}`);
  await api.dispose();
}

async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[name="username"]').fill(ADMIN.username);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('navigation').waitFor();
}

test.beforeEach(async () => {
  await resetEmulator();
});

test.describe('in a zh-CN browser', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  test('given an admin, when the endpoint services, tokens, people, permissions and task history screens open, then no English label is left', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(240_000);
    await startBatchUpdate(baseURL!);
    await signInAsAdmin(page);
    const list = (await (await page.request.get('/api/endpoint-services?pageSize=100')).json()) as { items: { id: string; serviceName: string }[] };
    const serviceId = list.items.find((s) => s.serviceName === billing.name)?.id ?? list.items[0]!.id;
    const data = await dataWords(page.request, [
      '/api/endpoint-services?pageSize=100',
      `/api/endpoint-services/${serviceId}`,
      `/api/endpoint-services/${serviceId}/permissions`,
      '/api/tokens?owner=all',
      '/api/users',
      '/api/grants',
      '/api/tasks?pageSize=20',
      '/api/profiles',
    ]);

    const left: Record<string, string[]> = {};
    for (const screen of screens(serviceId)) {
      await page.goto(screen.path);
      await screen.ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const words = englishLeft(await visibleWords(page), data);
      if (words.length > 0) left[screen.name] = words;
      await shotsAtWidths(page, testInfo, `i18n-admin-zh-${screen.name}`);
    }
    expect(left).toEqual({});

    // The task history names the time zone of its times, and its states are Chinese.
    await page.goto('/tasks');
    await expect(page.getByTestId('time-zone')).toContainText('Asia/Shanghai');
    await expect(
      page
        .getByRole('table', { name: '任务' })
        .getByRole('row', { name: /vpc-core-backend/ })
        .first(),
    ).toContainText(/已完成|进行中/);
  });

  test('given the check, when an English label is planted on a screen, then it is found', async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto('/tokens');
    await screens('x')[3]!.ready(page);
    await page
      .locator('main h2')
      .first()
      .evaluate((h) => h.insertAdjacentText('beforeend', ' Forgotten label'));
    expect(englishLeft(await visibleWords(page), new Set())).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Forgotten \(text\)$/), expect.stringMatching(/^label \(text\)$/)]),
    );
  });
});

test.describe('in an English browser with a dark colour scheme', () => {
  test.use({ locale: 'en-US', colorScheme: 'dark' });

  test('given an admin, when the same screens open, then they are English and each is shot at the three widths', async ({ page, baseURL }, testInfo) => {
    test.setTimeout(240_000);
    await startBatchUpdate(baseURL!);
    await page.goto('/sign-in');
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation').waitFor();
    const list = (await (await page.request.get('/api/endpoint-services?pageSize=100')).json()) as { items: { id: string; serviceName: string }[] };
    const serviceId = list.items.find((s) => s.serviceName === billing.name)?.id ?? list.items[0]!.id;
    const english: Record<string, (p: Page) => Promise<void>> = {
      'endpoint-services': (p) => p.getByRole('table', { name: 'Endpoint services' }).locator('tbody tr').first().waitFor(),
      'endpoint-service': (p) => p.getByRole('heading', { name: 'Connections', exact: true }).waitFor(),
      'endpoint-service-edit': (p) => p.getByRole('form', { name: 'Edit endpoint service' }).waitFor(),
      tokens: (p) => p.getByRole('heading', { name: 'New token' }).waitFor(),
      people: (p) => p.getByRole('table', { name: 'People' }).locator('tbody tr').first().waitFor(),
      permissions: (p) => p.getByRole('heading', { name: 'Grants', exact: true }).waitFor(),
      tasks: (p) => p.getByRole('table', { name: 'Tasks' }).locator('tbody tr').first().waitFor(),
    };
    for (const screen of screens(serviceId)) {
      await page.goto(screen.path);
      await english[screen.name]!(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await shotsAtWidths(page, testInfo, `i18n-admin-en-dark-${screen.name}`);
    }
  });
});
