import type { Browser, BrowserContext } from '@playwright/test';
import { CSRF_HEADER } from '@portico/contracts/auth';
import { hook, signIn, type Stack } from './processes.ts';
import { signInThroughUi } from './browser.ts';

const CACHED_VISITS = 3;

/** Set in the page by the init script below, in ms since navigation start. */
interface Marks extends Window {
  __firstRowAt?: number;
  __firstRowPaintAt?: number;
}

export interface BindingsVisit {
  /** Navigation start → first body row of the APIs table in the DOM and a frame painted after it. */
  firstRowMs: number;
  /** Navigation start → the table's first page of rows (GET /api/bindings/rows) fully received. */
  dataMs: number;
  /** Navigation start → the whole inventory (GET /api/bindings, for the graph and findings) received. */
  inventoryMs: number;
  rows: number;
}

export interface BindingsTimings {
  firstVisit: BindingsVisit;
  /** The median (by first rows) of three visits once the BFF holds the inventory. */
  cachedVisit: BindingsVisit;
  /** The BFF's own measure of the build (InventoryBuilder), and its cloud calls. */
  buildMs: number;
  cloudCalls: number;
  apis: number;
  /** A change through the console (an ACL entry added) → the inventory shows it: median of 3. */
  followMs: number;
  /** Cloud calls the inventory made to follow one such change (no crawl). */
  followCalls: number;
  /** GET /api/bindings/resources/:key (impact) and GET /api/bindings/search (an address): median of 5. */
  impactMs: number;
  searchMs: number;
}

/**
 * Watches the document for the first row of the Bindings table (a virtual table: only rows in
 * view are in the DOM, so the first one is the moment there is something to read), then waits a
 * frame so the mark falls after it is painted.
 */
function markFirstRow(): void {
  const marks = window as Marks;
  const observer = new MutationObserver(() => {
    if (marks.__firstRowAt !== undefined) return;
    if (!document.querySelector('[role="table"][aria-label="Bindings"] .portico-vtable-body-row')) return;
    marks.__firstRowAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (marks.__firstRowPaintAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export async function visit(browser: Browser, storageState: StorageState, baseUrl: string): Promise<BindingsVisit> {
  // A fresh context each time: an empty cache, as a first visit of the day.
  const context = await browser.newContext({ storageState });
  await context.addInitScript(markFirstRow);
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/bindings`);
    await page.waitForFunction(() => (window as Marks).__firstRowPaintAt !== undefined, undefined, { timeout: 600_000, polling: 50 });
    return await page.evaluate(() => {
      // No helper functions in here: tsx names them with a `__name` the page does not have.
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const rows = entries.find((e) => new URL(e.name).pathname === '/api/bindings/rows');
      const inventory = entries.find((e) => new URL(e.name).pathname === '/api/bindings');
      const table = document.querySelector('[role="table"][aria-label="Bindings"]');
      return {
        firstRowMs: (window as Marks).__firstRowPaintAt ?? Number.NaN,
        dataMs: rows?.responseEnd ?? Number.NaN,
        inventoryMs: inventory?.responseEnd ?? Number.NaN,
        rows: Number(table?.getAttribute('aria-rowcount') ?? 1) - 1,
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * The Bindings page twice on a fresh BFF: first with no inventory (the page starts the build and
 * shows the table when it lands), then with the inventory the BFF kept (download and render only).
 */
export async function bindingsTimings(browser: Browser, stack: Stack): Promise<BindingsTimings> {
  const signInContext = await browser.newContext();
  const page = await signInContext.newPage();
  await signInThroughUi(page, stack.bffUrl);
  const storageState = await signInContext.storageState();
  await signInContext.close();

  const firstVisit = await visit(browser, storageState, stack.bffUrl);
  // The cached visit can be repeated: the median of three, as one page load is a noisy sample.
  const cached: BindingsVisit[] = [];
  for (let i = 0; i < CACHED_VISITS; i++) cached.push(await visit(browser, storageState, stack.bffUrl));
  const cachedVisit = cached.sort((a, b) => a.firstRowMs - b.firstRowMs)[Math.floor(CACHED_VISITS / 2)]!;
  const session = await signIn(stack.bffUrl);
  const { cookie } = session;
  const inventory = (await (await fetch(`${stack.bffUrl}/api/bindings`, { headers: { cookie } })).json()) as {
    durationMs: number;
    cloudCalls: number;
    apis: unknown[];
    resources: { key: string; id: string; kind: string; subtype?: string }[];
  };
  const follow = await followTimings(stack, session, inventory.resources);
  return { firstVisit, cachedVisit, buildMs: inventory.durationMs, cloudCalls: inventory.cloudCalls, apis: inventory.apis.length, ...follow };
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The inventory after the console's own change: an ACL entry is added through the BFF, then its
 * impact (which reads the stored inventory, as every view does) is asked for until the entry is
 * there. Also how long the impact and a search take at this size (the browser gets the answer only).
 */
async function followTimings(stack: Stack, session: { cookie: string; csrf: string }, resources: { key: string; id: string; kind: string; subtype?: string }[]) {
  const acl = resources.find((r) => r.kind === 'ip-control' && r.subtype === 'ALLOW')!;
  const headers = { cookie: session.cookie, [CSRF_HEADER]: session.csrf };
  const impactUrl = `${stack.bffUrl}/api/bindings/resources/${encodeURIComponent(acl.key)}`;
  const times: number[] = [];
  const calls: number[] = [];
  for (let i = 0; i < 3; i++) {
    const cidr = `198.18.${100 + i}.0/24`;
    const before = (await hook(stack.emulatorUrl, 'GET', '/__emulator/stats')) as { calls: Record<string, number> };
    const started = performance.now();
    const added = await fetch(`${stack.bffUrl}/api/ip-controls/${acl.id}/policy-items`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ cidrs: [cidr] }),
    });
    if (added.status !== 201) throw new Error(`adding an ACL entry: ${added.status} ${await added.text()}`);
    for (;;) {
      const impact = (await (await fetch(impactUrl, { headers })).json()) as { resource: { details?: { cidrs?: string[] } } };
      if (impact.resource.details?.cidrs?.includes(cidr)) break;
      if (performance.now() - started > 30_000) throw new Error('the inventory did not follow the change');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    times.push(performance.now() - started);
    const after = (await hook(stack.emulatorUrl, 'GET', '/__emulator/stats')) as { calls: Record<string, number> };
    // Less the change itself (AddIpControlPolicyItem and the BFF's reads before it).
    const total = (stats: { calls: Record<string, number> }) => Object.values(stats.calls).reduce((n, c) => n + c, 0);
    calls.push(total(after) - total(before));
  }
  const timed = async (url: string) => {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      samples.push(performance.now() - started);
    }
    return median(samples);
  };
  return {
    followMs: median(times),
    followCalls: median(calls),
    impactMs: await timed(impactUrl),
    searchMs: await timed(`${stack.bffUrl}/api/bindings/search?q=203.0.113.7`),
  };
}
