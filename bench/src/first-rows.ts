/**
 * The Bindings page's first rows against a console that is already running (the inventory built):
 * `npx tsx bench/src/first-rows.ts <console url> [loads]`, signing in as `admin` with
 * FIRST_ROWS_PASSWORD (default: the bench's). Each load is a fresh context, timed as the
 * console-first-load benchmark times it; prints each load and the medians. For an A/B on a busy
 * machine, alternate two builds of the SPA on one console and compare medians of many loads.
 */
import { launchChromium } from './browser.ts';
import { visit } from './bindings-render.ts';
import { ADMIN_PASSWORD } from './processes.ts';

const [baseUrl = 'http://127.0.0.1:8080', loadsArg = '5'] = process.argv.slice(2);
const loads = Number(loadsArg);
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(process.env.FIRST_ROWS_PASSWORD ?? ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
  const storageState = await context.storageState();
  await context.close();
  const toFirstRows: number[] = [];
  const afterData: number[] = [];
  for (let i = 0; i < loads; i++) {
    const load = await visit(browser, storageState, baseUrl);
    toFirstRows.push(load.firstRowMs);
    afterData.push(load.firstRowMs - load.dataMs);
    process.stdout.write(
      `load ${i + 1}: navigation → first rows ${load.firstRowMs.toFixed(0)} ms, rows received → first rows ${(load.firstRowMs - load.dataMs).toFixed(0)} ms (${load.rows} rows)\n`,
    );
  }
  process.stdout.write(`median of ${loads}: navigation → first rows ${median(toFirstRows).toFixed(0)} ms, rows received → first rows ${median(afterData).toFixed(0)} ms\n`);
} finally {
  await browser.close();
}
