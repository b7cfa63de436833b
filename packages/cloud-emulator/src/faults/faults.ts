/**
 * Fault injection, a layer in front of every provider: latency, throttling
 * (always, or a token bucket of `ratePerSecond` per operation), 5xx answers,
 * connections dropped before the operation runs, and responses lost after it ran.
 */
export const FAULT_KINDS = ['latency', 'throttle', 'error5xx', 'drop', 'drop-response'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  /** An action name, or '*' for every operation. */
  operation: string;
  kind: FaultKind;
  latencyMs?: number;
  /** How many calls it applies to; unlimited when absent. */
  count?: number;
  /**
   * For throttle: calls per second let through, per operation (a token bucket per fault and
   * operation, holding up to max(1, ratePerSecond) tokens, starting full); every call throttled when absent.
   */
  ratePerSecond?: number;
}

export interface Fault extends FaultSpec {
  readonly id: string;
  /** Calls it still applies to (undefined: unlimited). */
  remaining?: number;
}

export type FaultOutcome = 'proceed' | 'throttle' | 'error5xx' | 'drop';

export interface FaultDecision {
  readonly delayMs: number;
  readonly outcome: FaultOutcome;
  /** Run the operation, then lose the response. */
  readonly dropResponse: boolean;
}

const NO_FAULT: FaultDecision = { delayMs: 0, outcome: 'proceed', dropResponse: false };

export class FaultSpecError extends Error {}

function optionalNumber(body: Record<string, unknown>, key: string, min: number): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) throw new FaultSpecError(`${key} must be a number >= ${min}`);
  return v;
}

/** Validates a fault as posted to /__emulator/faults. */
export function parseFaultSpec(body: unknown): FaultSpec {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new FaultSpecError('a JSON object is required');
  const record = body as Record<string, unknown>;
  const { operation, kind } = record;
  if (typeof operation !== 'string' || operation === '') throw new FaultSpecError('operation must be an action name or *');
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new FaultSpecError(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  }
  const latencyMs = optionalNumber(record, 'latencyMs', 0);
  const count = optionalNumber(record, 'count', 1);
  const ratePerSecond = optionalNumber(record, 'ratePerSecond', 0);
  if (kind === 'latency' && latencyMs === undefined) throw new FaultSpecError('latency needs latencyMs');
  if (count !== undefined && !Number.isInteger(count)) throw new FaultSpecError('count must be an integer');
  const spec: FaultSpec = { operation, kind: kind as FaultKind };
  if (latencyMs !== undefined) spec.latencyMs = latencyMs;
  if (count !== undefined) spec.count = count;
  if (ratePerSecond !== undefined) spec.ratePerSecond = ratePerSecond;
  return spec;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class FaultInjector {
  private faults: Fault[] = [];
  /** Fault id → operation → bucket. */
  private readonly buckets = new Map<string, Map<string, Bucket>>();
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: `fault-${this.nextId++}` };
    if (spec.count !== undefined) fault.remaining = spec.count;
    this.faults.push(fault);
    return fault;
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  clear(): void {
    this.faults = [];
    this.buckets.clear();
  }

  /**
   * What to do with a call of `operation` now; consumes the faults it applies.
   * A fault may also name the operation by one of its `aliases` (e.g. an SDK method name).
   */
  decide(operation: string, now: number, aliases: readonly string[] = []): FaultDecision {
    if (this.faults.length === 0) return NO_FAULT;
    let delayMs = 0;
    let dropResponse = false;
    for (const fault of this.faults) {
      if (fault.operation !== '*' && fault.operation !== operation && !aliases.includes(fault.operation)) continue;
      switch (fault.kind) {
        case 'latency':
          delayMs += fault.latencyMs ?? 0;
          this.consume(fault);
          break;
        case 'drop-response':
          dropResponse = true;
          this.consume(fault);
          break;
        case 'throttle':
          if (this.throttles(fault, operation, now)) {
            this.consume(fault);
            return this.finish({ delayMs, outcome: 'throttle', dropResponse: false });
          }
          break;
        case 'error5xx':
          this.consume(fault);
          return this.finish({ delayMs, outcome: 'error5xx', dropResponse: false });
        case 'drop':
          this.consume(fault);
          return this.finish({ delayMs, outcome: 'drop', dropResponse: false });
      }
    }
    return this.finish({ delayMs, outcome: 'proceed', dropResponse });
  }

  /** Each operation has its own bucket, as the cloud limits each API separately: a '*' fault caps every operation at the rate. */
  private throttles(fault: Fault, operation: string, now: number): boolean {
    if (fault.ratePerSecond === undefined) return true;
    const capacity = Math.max(1, fault.ratePerSecond);
    let perOperation = this.buckets.get(fault.id);
    if (!perOperation) {
      perOperation = new Map();
      this.buckets.set(fault.id, perOperation);
    }
    const bucket = perOperation.get(operation) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.updatedAt) / 1000) * fault.ratePerSecond);
    bucket.updatedAt = now;
    perOperation.set(operation, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return false;
    }
    return true;
  }

  private consume(fault: Fault): void {
    if (fault.remaining !== undefined) fault.remaining -= 1;
  }

  private finish(decision: FaultDecision): FaultDecision {
    if (this.faults.some((f) => f.remaining !== undefined && f.remaining <= 0)) {
      const spent = this.faults.filter((f) => f.remaining !== undefined && f.remaining <= 0);
      for (const f of spent) this.buckets.delete(f.id);
      this.faults = this.faults.filter((f) => f.remaining === undefined || f.remaining > 0);
    }
    return decision;
  }
}
