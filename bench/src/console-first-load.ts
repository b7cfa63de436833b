import { rmSync } from 'node:fs';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { bindingsTimings, type BindingsTimings } from './bindings-render.ts';
import { launchChromium, scriptsFetched, signInThroughUi } from './browser.ts';
import { startStack, type Stack } from './processes.ts';
import { ms, ratio, type Row } from './stats.ts';
import { buildWeb, entryScripts, jsSize, kb, type JsSize } from './web-bundle.ts';

/**
 * The Bindings table has a row per published API per stage: 73 per seed replica (26 in TEST, 21
 * in PRE, 26 in RELEASE), so 137 replicas make the 10,000-row list (10,001 rows). Scale 420 would
 * be ~10,920 APIs in one stage but ~30,660 rows.
 */
const ROWS_PER_REPLICA = Object.values(SEED.perReplica.deployed).reduce((a, b) => a + b, 0);
const LARGE_SEED = Math.ceil(10_000 / ROWS_PER_REPLICA);

async function withStack<T>(options: Parameters<typeof startStack>[0], run: (stack: Stack) => Promise<T>): Promise<T> {
  const stack = await startStack(options);
  try {
    return await run(stack);
  } finally {
    await stack.stop();
  }
}

const sizeRow = (measure: string, size: JsSize): Row => ({
  benchmark: 'Console first load (JS shipped, gzip)',
  measure,
  value: kb(size.gzipBytes),
  baseline: `${kb(size.rawBytes)} raw, ${size.files} files`,
  ratio: ratio(size.gzipBytes, size.rawBytes),
});

/**
 * What the console costs on first load: the JavaScript (gzip, as served compressed) for the
 * sign-in screen and the first screen after it, and how long the Bindings page takes to show its
 * first rows with a 10,000-row list against the default seed's 73 rows.
 */
export async function consoleFirstLoad(): Promise<Row[]> {
  const dist = buildWeb();
  const browser = await launchChromium();
  try {
    const stackOptions = (emulatorPort: number, bffPort: number, seedScale: number) => ({
      emulatorPort,
      bffPort,
      emulatorEnv: { EMULATOR_SEED_SCALE: String(seedScale) },
      bffEnv: { WEB_DIST: dist },
    });
    const { signInJs, firstScreenJs, small } = await withStack(stackOptions(9410, 8410, 1), async (stack) => {
      const fresh = await browser.newContext();
      const signInJs = await scriptsFetched(fresh, `${stack.bffUrl}/sign-in`, (page) => page.getByLabel('Username').waitFor());
      await fresh.close();
      // Signed in elsewhere, then a first load of the console's home (the VPC authorizations list) with an empty cache.
      const signedIn = await browser.newContext();
      await signInThroughUi(await signedIn.newPage(), stack.bffUrl);
      const home = await browser.newContext({ storageState: await signedIn.storageState() });
      await signedIn.close();
      const firstScreenJs = await scriptsFetched(home, `${stack.bffUrl}/`, (page) => page.getByRole('navigation').waitFor());
      await home.close();
      return { signInJs, firstScreenJs, small: await bindingsTimings(browser, stack) };
    });
    const large = await withStack(stackOptions(9411, 8411, LARGE_SEED), (stack) => bindingsTimings(browser, stack));
    return [
      sizeRow('entry + static imports (index.html)', jsSize(dist, entryScripts(dist))),
      sizeRow('sign-in screen (fetched by Chromium)', jsSize(dist, signInJs)),
      sizeRow('first screen after sign-in (/vpc-authorizations)', jsSize(dist, firstScreenJs)),
      ...bindingsRows(large, small),
    ];
  } finally {
    await browser.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

function bindingsRows(large: BindingsTimings, small: BindingsTimings): Row[] {
  const benchmark = `Bindings page, ${large.apis.toLocaleString('en')} API rows (Chromium)`;
  const base = `${small.apis} rows`;
  const renderAfterData = (t: BindingsTimings) => t.cachedVisit.firstRowMs - t.cachedVisit.dataMs;
  return [
    {
      benchmark,
      measure: `inventory build (BFF, ${large.cloudCalls} cloud calls)`,
      value: ms(large.buildMs),
      baseline: `${ms(small.buildMs)} ${base}, ${small.cloudCalls} calls`,
      ratio: ratio(large.buildMs, small.buildMs),
    },
    {
      benchmark,
      measure: 'first visit: navigation → first rows (build included)',
      value: ms(large.firstVisit.firstRowMs),
      baseline: `${ms(small.firstVisit.firstRowMs)} ${base}`,
      ratio: ratio(large.firstVisit.firstRowMs, small.firstVisit.firstRowMs),
    },
    {
      benchmark,
      measure: 'cached inventory: navigation → first rows (median of 3)',
      value: ms(large.cachedVisit.firstRowMs),
      baseline: `${ms(small.cachedVisit.firstRowMs)} ${base}`,
      ratio: ratio(large.cachedVisit.firstRowMs, small.cachedVisit.firstRowMs),
      goal: '≤ 1.3x',
    },
    {
      benchmark,
      measure: "cached inventory: navigation → the table's first page received (GET /api/bindings/rows, same visit)",
      value: ms(large.cachedVisit.dataMs),
      baseline: `${ms(small.cachedVisit.dataMs)} ${base}`,
      ratio: ratio(large.cachedVisit.dataMs, small.cachedVisit.dataMs),
    },
    {
      benchmark,
      measure: 'cached inventory: data received → first rows (render, same visit)',
      value: ms(renderAfterData(large)),
      baseline: `${ms(renderAfterData(small))} ${base}`,
      ratio: ratio(renderAfterData(large), renderAfterData(small)),
      goal: '≤ 200 ms',
    },
    {
      benchmark,
      measure: 'cached inventory: navigation → whole inventory received (graph and findings, after the rows)',
      value: ms(large.cachedVisit.inventoryMs),
      baseline: `${ms(small.cachedVisit.inventoryMs)} ${base}`,
      ratio: ratio(large.cachedVisit.inventoryMs, small.cachedVisit.inventoryMs),
    },
    { benchmark, measure: 'rows in the table', value: large.cachedVisit.rows.toLocaleString('en'), baseline: base },
    {
      benchmark,
      measure: `console change (ACL entry added) → inventory shows it, median of 3 (${large.followCalls} cloud calls incl. the change)`,
      value: ms(large.followMs),
      baseline: `${ms(small.followMs)} ${base}, ${small.followCalls} calls`,
      ratio: ratio(large.followMs, small.followMs),
    },
    {
      benchmark,
      measure: "one resource's impact (GET /api/bindings/resources/:key), median of 5",
      value: ms(large.impactMs),
      baseline: `${ms(small.impactMs)} ${base}`,
      ratio: ratio(large.impactMs, small.impactMs),
    },
    {
      benchmark,
      measure: 'search for an address (GET /api/bindings/search), median of 5',
      value: ms(large.searchMs),
      baseline: `${ms(small.searchMs)} ${base}`,
      ratio: ratio(large.searchMs, small.searchMs),
    },
  ];
}
