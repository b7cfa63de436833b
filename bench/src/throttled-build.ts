import { CSRF_HEADER } from '@portico/contracts/auth';
import { hook, signIn, startStack, type Stack } from './processes.ts';
import { ms, ratio, type Row } from './stats.ts';

/** The cloud's limit, per operation, as a token bucket (the emulator's throttle fault). */
const Q = 50;
/** Seed replicas: enough that the busiest operation needs several times Q calls. */
const SCALE = 20;

interface Stats {
  calls: Record<string, number>;
  throttled?: Record<string, number>;
}

interface Build {
  elapsedMs: number;
  status: string;
  gaps: number;
  /** Distinct progress states seen while polling the job every 100 ms. */
  progressSteps: number;
  stats: Stats;
}

async function build(stack: Stack): Promise<Build> {
  const { cookie, csrf } = await signIn(stack.bffUrl);
  const headers = { cookie, [CSRF_HEADER]: csrf };
  // The BFF refuses a second refresh within its cooldown (60 s): wait as it says, then start.
  const start = async () => {
    await hook(stack.emulatorUrl, 'POST', '/__emulator/stats/reset');
    return fetch(`${stack.bffUrl}/api/bindings/refresh`, { method: 'POST', headers });
  };
  let started = performance.now();
  let response = await start();
  while (response.status === 429) {
    await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 5) * 1000));
    started = performance.now();
    response = await start();
  }
  const job = (await response.json()) as { id: string };
  const seen = new Set<string>();
  let status = 'running';
  while (status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const state = (await (await fetch(`${stack.bffUrl}/api/bindings/jobs/${job.id}`, { headers })).json()) as { status: string; done: number; total: number };
    status = state.status;
    seen.add(`${state.done}/${state.total}`);
    if (performance.now() - started > 600_000) throw new Error('the build did not finish in 10 minutes');
  }
  const elapsedMs = performance.now() - started;
  const inventory = (await (await fetch(`${stack.bffUrl}/api/bindings`, { headers })).json()) as { gaps: string[] };
  const stats = (await hook(stack.emulatorUrl, 'GET', '/__emulator/stats')) as Stats;
  return { elapsedMs, status, gaps: inventory.gaps.length, progressSteps: seen.size, stats };
}

const sum = (record: Record<string, number> | undefined) => Object.values(record ?? {}).reduce((a, b) => a + b, 0);

/**
 * The inventory build against a cloud that lets Q calls per second through per operation
 * (bucket full at the start), against the same build unthrottled. The busiest operation sets the
 * pace: it cannot go faster than its calls beyond the first Q, at Q per second.
 */
export async function throttledBuild(): Promise<Row[]> {
  const stack = await startStack({ emulatorPort: 9405, bffPort: 8405, emulatorEnv: { EMULATOR_SEED_SCALE: String(SCALE) } });
  try {
    // The first build (no inventory yet) is the baseline; the BFF's cooldown makes a warm-up cost a minute.
    const open = await build(stack);
    await hook(stack.emulatorUrl, 'POST', '/__emulator/faults', { operation: '*', kind: 'throttle', ratePerSecond: Q });
    const throttled = await build(stack);
    await hook(stack.emulatorUrl, 'DELETE', '/__emulator/faults');

    const [busiest = '', busiestCalls = 0] = Object.entries(throttled.stats.calls).sort(([, a], [, b]) => b - a)[0] ?? [];
    const rate = busiestCalls / (throttled.elapsedMs / 1000);
    const floorMs = (Math.max(0, busiestCalls - Q) / Q) * 1000;
    const name = `Inventory build under a throttling cloud (Q=${Q}/s per operation, seed ×${SCALE}, ${sum(open.stats.calls)} cloud calls)`;
    return [
      {
        benchmark: name,
        measure: 'result',
        value: `${throttled.status}, ${throttled.gaps} gaps`,
        baseline: `${open.status}, ${open.gaps} gaps unthrottled`,
        goal: 'completed, 0 gaps',
      },
      {
        benchmark: name,
        measure: 'elapsed',
        value: ms(throttled.elapsedMs),
        baseline: `${ms(open.elapsedMs)} unthrottled`,
        ratio: ratio(throttled.elapsedMs, open.elapsedMs),
      },
      {
        benchmark: name,
        measure: `busiest operation (${busiest}, ${busiestCalls} calls): rate over the whole build`,
        value: `${rate.toFixed(1)} calls/s`,
        baseline: `Q = ${Q}/s`,
        ratio: `${((rate / Q) * 100).toFixed(0)}% of Q`,
        goal: '≥ 90% of Q',
      },
      {
        benchmark: name,
        measure: 'elapsed vs the fastest the bucket allows',
        value: ms(throttled.elapsedMs),
        baseline: `${ms(floorMs)} (${busiest} alone)`,
        ratio: ratio(throttled.elapsedMs, floorMs),
      },
      { benchmark: name, measure: 'progress states seen (polled every 100 ms)', value: String(throttled.progressSteps), baseline: `${open.progressSteps} unthrottled` },
      {
        benchmark: name,
        measure: 'cloud calls refused (Throttling), retried by the BFF',
        value: String(sum(throttled.stats.throttled)),
        baseline: `${sum(throttled.stats.calls)} served`,
      },
    ];
  } finally {
    await stack.stop();
  }
}
