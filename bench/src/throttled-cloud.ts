import { hook, signIn, type Stack } from './processes.ts';
import { ratio, type Row } from './stats.ts';

/** The cloud's limit, per operation, as a token bucket (the emulator's throttle fault). */
const Q = 50;
const REQUESTS = 500;
/** A busy team: 50 reads in flight at once. */
const IN_FLIGHT = 50;

interface Burst {
  elapsedMs: number;
  statuses: Map<number, number>;
}

/**
 * Opens VPC authorizations (detail: DescribeVpcAccesses + DescribeApisByVpcAccess, one of each per
 * page view), `REQUESTS` of them with `IN_FLIGHT` at once, and counts the answers people would see.
 */
async function burst(stack: Stack, cookie: string, names: string[]): Promise<Burst> {
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < REQUESTS) {
        const name = names[next++ % names.length]!;
        const response = await fetch(`${stack.bffUrl}/api/vpc-authorizations/${encodeURIComponent(name)}`, { headers: { cookie } });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return { elapsedMs: performance.now() - started, statuses };
}

const failures = (b: Burst) => [...b.statuses].filter(([status]) => status !== 200).reduce((n, [, count]) => n + count, 0);
const describe = (b: Burst) =>
  [...b.statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${count}×${status}`)
    .join(', ');

/**
 * The same burst of reads against an unthrottled cloud (baseline) and against one that lets Q
 * calls per second through per operation: nobody should see an error, and the BFF should use at
 * least 90% of what the cloud allows.
 */
export async function throttledCloud(stack: Stack): Promise<Row[]> {
  await hook(stack.emulatorUrl, 'POST', '/__emulator/reset');
  const { cookie } = await signIn(stack.bffUrl);
  const list = (await (await fetch(`${stack.bffUrl}/api/vpc-authorizations?pageSize=100`, { headers: { cookie } })).json()) as { items: { name: string }[] };
  const names = list.items.map((i) => i.name);

  await burst(stack, cookie, names); // warm-up: JIT, connections, sessions
  const open = await burst(stack, cookie, names);

  // The bucket starts full, as it would for a team arriving at once.
  await hook(stack.emulatorUrl, 'POST', '/__emulator/faults', { operation: '*', kind: 'throttle', ratePerSecond: Q });
  await hook(stack.emulatorUrl, 'POST', '/__emulator/stats/reset');
  const throttled = await burst(stack, cookie, names);
  const stats = (await hook(stack.emulatorUrl, 'GET', '/__emulator/stats')) as { calls: Record<string, number>; throttled?: Record<string, number> };
  const served = stats.calls;
  const refused = Object.values(stats.throttled ?? {}).reduce((a, b) => a + b, 0);
  await hook(stack.emulatorUrl, 'DELETE', '/__emulator/faults');

  // Answered pages per second (200s only): an error is not work done.
  const rate = (throttled.statuses.get(200) ?? 0) / (throttled.elapsedMs / 1000);
  const openRate = (open.statuses.get(200) ?? 0) / (open.elapsedMs / 1000);
  // The bucket starts with Q tokens, so the best possible is Q at once and the rest at Q per second.
  const ideal = REQUESTS / ((REQUESTS - Q) / Q);
  const name = `Throttled cloud (Q=${Q}/s per operation, ${REQUESTS} detail reads, ${IN_FLIGHT} in flight)`;
  return [
    { benchmark: name, measure: 'answers', value: describe(throttled), baseline: `${describe(open)} unthrottled`, goal: `all 200` },
    { benchmark: name, measure: 'errors shown', value: String(failures(throttled)), baseline: `${failures(open)} unthrottled`, goal: '0' },
    { benchmark: name, measure: 'elapsed', value: `${(throttled.elapsedMs / 1000).toFixed(2)} s`, baseline: `${(open.elapsedMs / 1000).toFixed(2)} s unthrottled` },
    {
      benchmark: name,
      measure: 'achieved rate',
      value: `${rate.toFixed(1)} req/s`,
      baseline: `Q = ${Q}/s (${openRate.toFixed(0)} req/s unthrottled)`,
      ratio: `${((rate / Q) * 100).toFixed(0)}% of Q`,
      goal: '≥ 90% of Q',
    },
    {
      benchmark: name,
      measure: 'achieved vs best possible',
      value: `${rate.toFixed(1)} req/s`,
      baseline: `${ideal.toFixed(1)} req/s (bucket starts full)`,
      ratio: `${((rate / ideal) * 100).toFixed(0)}%`,
    },
    {
      benchmark: name,
      measure: 'cloud calls served',
      value: `${served.DescribeVpcAccesses ?? 0} + ${served.DescribeApisByVpcAccess ?? 0}`,
      baseline: `${REQUESTS} + ${REQUESTS} needed`,
    },
    // How hard the BFF pushed against the limit: each refusal is a call the cloud had to turn away.
    { benchmark: name, measure: 'cloud calls refused (Throttling)', value: String(refused), baseline: `${REQUESTS * 2} calls served`, ratio: ratio(refused, REQUESTS * 2) },
  ];
}
