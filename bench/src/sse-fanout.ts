import { EventSource } from 'eventsource';
import { CSRF_HEADER } from '@portico/contracts/auth';
import { taskEventsPath } from '@portico/contracts/routes';
import type { TaskEvent } from '@portico/contracts/tasks';
import { hook, rssMb, signIn, type Stack } from './processes.ts';
import { ms, percentile, ratio, type Row } from './stats.ts';

const WATCHERS = 1_000;
/** A few people's browsers rather than one: sessions are looked up per stream. */
const SESSIONS = 10;
/** The seeded vpc-core-backend has 24 bound APIs: 24 × 400 ms ≈ 10 s of changes per task. */
const STEP_MS = 400;
/**
 * The cloud queues the task this long before its first API changes, so all 1,000 streams are open
 * (about 10 s on two busy cores) before anything is timed. Both runs wait the same, so their poll
 * counts compare.
 */
const START_DELAY_MS = 20_000;
const OPEN_BATCH = 100;
const TARGET = 'vpc-core-backend';
const UPSTREAM_POLL = 'DescribeUpdateVpcInfoTask';

interface Session {
  cookie: string;
  csrf: string;
}

interface Schedule {
  items: { apiId: string; stageName: string; runningAt: number; endedAt: number }[];
}

interface Received {
  at: number;
  event: TaskEvent;
}

interface Watcher {
  received: Received[];
  done: Promise<void>;
  close(): void;
}

/** Wall-clock milliseconds with sub-millisecond precision, comparable with the emulator's Date.now(). */
const wallNow = () => performance.timeOrigin + performance.now();

/** One browser tab: an EventSource on the task, recording when each event arrived. */
function watch(stack: Stack, session: Session, taskId: string): Promise<Watcher> {
  return new Promise((resolveOpen, rejectOpen) => {
    const received: Received[] = [];
    const source = new EventSource(stack.bffUrl + taskEventsPath(taskId), {
      fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, cookie: session.cookie } }),
    });
    let finish: () => void = () => undefined;
    const done = new Promise<void>((resolveDone) => (finish = resolveDone));
    const watcher: Watcher = { received, done, close: () => source.close() };
    const openTimer = setTimeout(() => rejectOpen(new Error('a stream did not open within 60 s')), 60_000);
    source.onopen = () => {
      clearTimeout(openTimer);
      resolveOpen(watcher);
    };
    source.onerror = (error) => {
      if (error.code && error.code >= 400) rejectOpen(new Error(`stream refused with ${error.code}`));
    };
    for (const type of ['started', 'progress', 'completed', 'failed'] as const) {
      source.addEventListener(type, (message) => {
        const event = JSON.parse(message.data) as TaskEvent;
        received.push({ at: wallNow(), event });
        if (type === 'completed' || type === 'failed') {
          source.close();
          finish();
        }
      });
    }
  });
}

async function api(stack: Stack, session: Session, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(stack.bffUrl + path, {
    method,
    headers: { cookie: session.cookie, [CSRF_HEADER]: session.csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status !== 200) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

interface RunResult {
  polls: number;
  latencies: number[];
  /** Watchers whose stream had every event once, in order, ending in `completed`. */
  complete: number;
  events: number;
  connectMs: number;
  peakRssMb: number;
}

/** Starts the batch update through the BFF, watches it with `count` streams and times each live event. */
async function runTask(stack: Stack, sessions: Session[], count: number, port: number): Promise<RunResult> {
  const admin = sessions[0]!;
  const current = (await api(stack, admin, 'GET', `/api/vpc-authorizations/${TARGET}`)) as { authorization: { vpcId: string; instanceId: string } };
  await hook(stack.emulatorUrl, 'POST', '/__emulator/stats/reset');
  const modified = (await api(stack, admin, 'PUT', `/api/vpc-authorizations/${TARGET}`, {
    vpcId: current.authorization.vpcId,
    instanceId: current.authorization.instanceId,
    port,
    needBatchWork: true,
  })) as { operationId: string; task: { id: string } };

  let peakRssMb = await rssMb(stack.bffPid);
  const sampler = setInterval(
    () =>
      void rssMb(stack.bffPid).then(
        (mb) => (peakRssMb = Math.max(peakRssMb, mb)),
        () => undefined,
      ),
    250,
  );
  const connectStart = performance.now();
  const watchers: Watcher[] = [];
  // Opened in batches, as a team's tabs would over a moment, not 1,000 handshakes in one tick.
  for (let i = 0; i < count; i += OPEN_BATCH) {
    const batch = Array.from({ length: Math.min(OPEN_BATCH, count - i) }, (_, j) => watch(stack, sessions[(i + j) % sessions.length]!, modified.task.id));
    watchers.push(...(await Promise.all(batch)));
  }
  const connectMs = performance.now() - connectStart;
  const allOpenAt = wallNow();
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the task did not end within 120 s')), 120_000).unref());
  try {
    await Promise.race([Promise.all(watchers.map((w) => w.done)), timeout]);
  } finally {
    clearInterval(sampler);
    for (const w of watchers) w.close();
  }
  const stats = (await hook(stack.emulatorUrl, 'GET', '/__emulator/stats')) as { calls: Record<string, number> };
  const schedule = (await hook(stack.emulatorUrl, 'GET', `/__emulator/tasks/${modified.operationId}`)) as Schedule;
  // When the emulator made each (API, status) true: running at its start, succeeded/failed at its end.
  const changeAt = new Map<string, number>();
  for (const item of schedule.items) {
    const key = `${item.apiId}/${item.stageName}`;
    changeAt.set(`${key}/running`, item.runningAt);
    changeAt.set(`${key}/succeeded`, item.endedAt);
    changeAt.set(`${key}/failed`, item.endedAt);
  }

  const latencies: number[] = [];
  let complete = 0;
  let events = 0;
  for (const w of watchers) {
    const seqs = w.received.map((r) => r.event.seq);
    if (seqs.every((seq, i) => seq === i + 1) && w.received.at(-1)?.event.type === 'completed') complete += 1;
    events += w.received.length;
    for (const { at, event } of w.received) {
      if (event.type !== 'progress') continue;
      const changed = changeAt.get(`${event.api.apiId}/${event.api.stageName}/${event.api.status}`);
      // Only changes made once every stream was open: earlier ones were replayed from the store or
      // delivered while the BFF was still accepting connections.
      if (changed !== undefined && changed >= allOpenAt) latencies.push(at - changed);
    }
  }
  return { polls: stats.calls[UPSTREAM_POLL] ?? 0, latencies, complete, events, connectMs, peakRssMb };
}

/**
 * 1,000 EventSource clients on one task on one BFF against the same task with one watcher: the
 * cloud must be polled as often either way, and events should reach the 1,000th tab about as fast.
 * Delivery latency is from the emulator's scheduled state change (its task-schedule hook) to arrival.
 */
export async function sseFanout(stack: Stack): Promise<Row[]> {
  await hook(stack.emulatorUrl, 'POST', '/__emulator/reset');
  await hook(stack.emulatorUrl, 'POST', '/__emulator/config', { taskStepMs: STEP_MS, taskStartDelayMs: START_DELAY_MS });
  const sessions: Session[] = [];
  for (let i = 0; i < SESSIONS; i++) sessions.push(await signIn(stack.bffUrl));

  const one = await runTask(stack, sessions, 1, 9101);
  const rssBefore = await rssMb(stack.bffPid);
  const many = await runTask(stack, sessions, WATCHERS, 9102);
  await new Promise((r) => setTimeout(r, 1_000));
  const rssAfter = await rssMb(stack.bffPid);
  await hook(stack.emulatorUrl, 'POST', '/__emulator/config', { taskStartDelayMs: 0 });

  const name = `SSE fan-out (${WATCHERS} watchers, 1 task)`;
  const [b50, b99, m50, m99] = [percentile(one.latencies, 50), percentile(one.latencies, 99), percentile(many.latencies, 50), percentile(many.latencies, 99)];
  return [
    {
      benchmark: name,
      measure: `upstream ${UPSTREAM_POLL} calls`,
      value: String(many.polls),
      baseline: `${one.polls} with 1 watcher`,
      ratio: ratio(many.polls, one.polls),
      goal: 'same count',
    },
    { benchmark: name, measure: 'delivery latency p50', value: ms(m50), baseline: `${ms(b50)} 1 watcher`, ratio: ratio(m50, b50) },
    { benchmark: name, measure: 'delivery latency p99', value: ms(m99), baseline: `${ms(b99)} 1 watcher`, ratio: ratio(m99, b99) },
    {
      benchmark: name,
      measure: 'live events timed',
      value: `${many.latencies.length} (${(many.latencies.length / WATCHERS).toFixed(1)}/watcher)`,
      baseline: `${one.latencies.length} 1 watcher`,
    },
    {
      benchmark: name,
      measure: 'streams complete, in order',
      value: `${many.complete}/${WATCHERS} (${many.events} events)`,
      baseline: `${one.complete}/1 (${one.events} events)`,
      goal: 'all',
    },
    { benchmark: name, measure: `time to open ${WATCHERS} streams`, value: ms(many.connectMs), baseline: `${ms(one.connectMs)} for 1` },
    {
      benchmark: name,
      measure: 'BFF RSS',
      value: `${many.peakRssMb.toFixed(0)} MB peak`,
      baseline: `${rssBefore.toFixed(0)} MB before`,
      ratio: ratio(many.peakRssMb, rssBefore),
    },
    { benchmark: name, measure: 'BFF RSS after close', value: `${rssAfter.toFixed(0)} MB`, baseline: `${rssBefore.toFixed(0)} MB before` },
  ];
}
