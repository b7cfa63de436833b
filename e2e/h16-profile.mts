// scratch: profile the Bindings page (not committed)
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const base = process.env.BASE ?? 'http://127.0.0.1:8820';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(base + '/');
await page.getByLabel('Username').fill('admin');
await page.getByLabel('Password').fill('e2e-admin-password');
await page.getByRole('button', { name: /sign in/i }).click();
await page.waitForURL((u) => !u.pathname.includes('sign-in'));
const state = await ctx.storageState();
// ensure inventory built
const warm = await ctx.newPage();
await warm.goto(base + '/bindings');
await warm.getByTestId('inventory-summary').waitFor({ timeout: 600_000 });
await warm.close();
for (let i = 0; i < Number(process.env.N ?? 3); i++) {
  const c = await browser.newContext({ storageState: state });
  await c.addInitScript({ content: `(() => {
    const w = window;
    const o = new MutationObserver(function h16Observer() {
      if (w.__first !== undefined) return;
      if (!document.querySelector('[role="table"] .portico-vtable-body-row')) return;
      (function h16FirstRowSeen() { for (let i = 0; i < 3e6; i++) Math.sqrt(i); })();
      w.__first = performance.now();
      o.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__paint = performance.now()), 0));
    });
    o.observe(document, { childList: true, subtree: true });
  })();` });
  const p = await c.newPage();
  const cdp = await c.newCDPSession(p);
  const prof = i === 0 && process.env.PROF;
  if (i === 0 && process.env.WARMONLY) break;
  if (prof) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  await p.goto(base + '/bindings');
  await p.waitForFunction(() => (window as unknown as Record<string, number>).__paint !== undefined, undefined, { timeout: 120_000, polling: 20 });
  const r = await p.evaluate(() => {
    const e = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const rows = e.find((x) => new URL(x.name).pathname === '/api/bindings/rows');
    const inv = e.find((x) => new URL(x.name).pathname === '/api/bindings');
    const w = window as unknown as Record<string, number>;
    return { seen: w.__first, first: w.__paint, rowsStart: rows?.startTime, rowsEnd: rows?.responseEnd, invStart: inv?.startTime, inv: inv?.responseEnd, invSize: inv?.encodedBodySize };
  });
  await p.waitForTimeout(3000);
  if (prof) { const { profile } = await cdp.send('Profiler.stop'); writeFileSync('/tmp/h16/page.cpuprofile', JSON.stringify(profile)); }
  console.log(JSON.stringify(r));
  await c.close();
}
await browser.close();
