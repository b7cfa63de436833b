import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CloudObserver, CloudOutcome } from '../clouds/observer.ts';

/** Seconds: a loopback call takes a millisecond, a real cloud tens, a patient retry seconds. */
const latencyBuckets = [0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const buildBuckets = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/** Read at scrape time, so nothing is counted twice and a restart loses nothing that matters. */
export interface MetricSources {
  /** Tasks in the database, by kind and state (shared by every instance on one database). */
  taskCounts(): Promise<{ kind: string; state: string; count: number }[]>;
  /** Event streams this instance holds open. */
  openStreams(): number;
}

/**
 * One registry per BFF instance (tests start several in one process, and prom-client's global
 * registry would refuse a second metric of the same name), with every series the BFF exports.
 */
export class Metrics implements CloudObserver {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'portico_http_request_duration_seconds',
    help: 'HTTP requests by route template, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });
  readonly cloudCalls = new Counter({
    name: 'portico_cloud_calls_total',
    help: 'Attempts at a cloud call (each retry counts) by cloud, operation and outcome',
    labelNames: ['cloud', 'operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly cloudDuration = new Histogram({
    name: 'portico_cloud_call_duration_seconds',
    help: 'Duration of one attempt at a cloud call',
    labelNames: ['cloud', 'operation', 'outcome'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });
  readonly pacedWait = new Histogram({
    name: 'portico_cloud_throttle_wait_seconds',
    help: 'Time a call waited at the throttle pacer before it was sent (only calls that waited)',
    labelNames: ['cloud', 'operation'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly inventoryBuild = new Histogram({
    name: 'portico_inventory_build_duration_seconds',
    help: 'Bindings inventory builds by profile and outcome',
    labelNames: ['profile', 'outcome'] as const,
    buckets: buildBuckets,
    registers: [this.registry],
  });
  readonly #inventoryBuiltAt = new Map<string, number>();

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'portico_tasks',
      help: 'Cloud tasks in the database by kind and state',
      labelNames: ['kind', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        // A database that does not answer leaves this series empty; /readyz is where that shows.
        const rows = await sources.taskCounts().catch(() => []);
        for (const row of rows) this.set({ kind: row.kind, state: row.state }, row.count);
      },
    });
    new Gauge({
      name: 'portico_sse_streams_open',
      help: 'Server-Sent Event streams this instance holds open',
      registers: [this.registry],
      collect() {
        this.set(sources.openStreams());
      },
    });
    const builtAt = this.#inventoryBuiltAt;
    new Gauge({
      name: 'portico_inventory_age_seconds',
      help: 'Age of the latest bindings inventory this instance built, by profile',
      labelNames: ['profile'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [profile, at] of builtAt) this.set({ profile }, (Date.now() - at) / 1000);
      },
    });
  }

  called(cloud: 'alibaba' | 'huawei', operation: string, outcome: CloudOutcome, seconds: number): void {
    this.cloudCalls.inc({ cloud, operation, outcome });
    this.cloudDuration.observe({ cloud, operation, outcome }, seconds);
  }

  paced(cloud: 'alibaba' | 'huawei', operation: string, seconds: number): void {
    this.pacedWait.observe({ cloud, operation }, seconds);
  }

  inventoryBuilt(profile: string, outcome: 'completed' | 'failed', seconds: number, asOf?: Date): void {
    this.inventoryBuild.observe({ profile, outcome }, seconds);
    if (asOf) this.#inventoryBuiltAt.set(profile, asOf.getTime());
  }
}
