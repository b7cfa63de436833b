import type { Browser, BrowserContext } from '@playwright/test';
import { signIn, type Stack } from './processes.ts';
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
  /** Navigation start → the inventory (GET /api/bindings, 200) fully received. */
  dataMs: number;
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

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

async function visit(browser: Browser, storageState: StorageState, baseUrl: string): Promise<BindingsVisit> {
  // A fresh context each time: an empty cache, as a first visit of the day.
  const context = await browser.newContext({ storageState });
  await context.addInitScript(markFirstRow);
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/bindings`);
    await page.waitForFunction(() => (window as Marks).__firstRowPaintAt !== undefined, undefined, { timeout: 600_000, polling: 50 });
    return await page.evaluate(() => {
      const inventory = performance
        .getEntriesByType('resource')
        .filter((e): e is PerformanceResourceTiming => new URL(e.name).pathname === '/api/bindings')
        .at(-1);
      const table = document.querySelector('[role="table"][aria-label="Bindings"]');
      return {
        firstRowMs: (window as Marks).__firstRowPaintAt ?? Number.NaN,
        dataMs: inventory?.responseEnd ?? Number.NaN,
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
  const { cookie } = await signIn(stack.bffUrl);
  const inventory = (await (await fetch(`${stack.bffUrl}/api/bindings`, { headers: { cookie } })).json()) as { durationMs: number; cloudCalls: number; apis: unknown[] };
  return { firstVisit, cachedVisit, buildMs: inventory.durationMs, cloudCalls: inventory.cloudCalls, apis: inventory.apis.length };
}
