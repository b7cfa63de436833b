import { setTimeout as sleep } from 'node:timers/promises';

export interface PacerOptions {
  /** How far back successful calls are counted to estimate what the cloud lets through. */
  windowMs: number;
  /** After a throttle, calls are paced at this share of the rate the cloud just let through. */
  settleFactor: number;
  /** While paced, the rate grows this much per second (compounded), probing for room. */
  growthPerSecond: number;
  /** This long without a throttle and pacing stops, until the next throttle. */
  releaseAfterMs: number;
  /** The slowest pace, in calls per second. */
  minRate: number;
  /** A call that would wait longer than this for its turn is refused at once (the queue is too long). */
  maxWaitMs: number;
}

export const defaultPacerOptions: PacerOptions = {
  windowMs: 1_000,
  settleFactor: 0.9,
  growthPerSecond: 0.25,
  releaseAfterMs: 5_000,
  minRate: 1,
  maxWaitMs: 30_000,
};

/** Too many calls are already queued for this operation: waiting would outlast any patience. */
export class PacerBusyError extends Error {
  constructor(readonly action: string) {
    super(`Too many calls to ${action} are waiting for the cloud's rate limit.`);
    this.name = 'PacerBusyError';
  }
}

interface ActionState {
  /** Calls per second while paced; undefined while calls go straight through. */
  rate: number | undefined;
  /** The earliest start of the next call (each call books the slot after the last one booked). */
  nextAt: number;
  lastThrottleAt: number;
  lastGrowthAt: number;
  /** When recent calls succeeded, oldest first, trimmed to the window. */
  successes: number[];
}

/**
 * Client-side pacing of calls to a cloud that limits each operation (API) to some rate it does
 * not tell. Calls go straight through until the cloud throttles one; from then on that operation's
 * calls are spaced at a bit under the rate the cloud was just seen to allow, growing again while it
 * stops throttling, and unpaced after a quiet spell. A busy team then waits its turn in the BFF
 * instead of hammering the cloud with retries that are refused, and the cloud's allowance is used
 * nearly in full. Per gateway (one AccessKey), as the cloud counts per account.
 */
export class ThrottlePacer {
  readonly #actions = new Map<string, ActionState>();

  constructor(
    private readonly options: PacerOptions = defaultPacerOptions,
    private readonly now: () => number = () => performance.now(),
    private readonly wait: (ms: number) => Promise<unknown> = (ms) => sleep(ms),
  ) {}

  /**
   * Waits for this call's turn; refuses at once when the turn is further off than maxWaitMs.
   * Resolves to the milliseconds waited (0 when not paced), for the metrics.
   */
  async acquire(action: string): Promise<number> {
    const state = this.#actions.get(action);
    if (!state) return 0;
    const now = this.now();
    this.adjust(state, now);
    if (state.rate === undefined) return 0;
    const at = Math.max(now, state.nextAt);
    if (at - now > this.options.maxWaitMs) throw new PacerBusyError(action);
    state.nextAt = at + 1000 / state.rate;
    if (at > now) await this.wait(at - now);
    return at - now;
  }

  succeeded(action: string): void {
    const state = this.state(action);
    const now = this.now();
    state.successes.push(now);
    this.trim(state, now);
  }

  /** The cloud refused a call of `action` for its rate: pace at a bit under what it just let through. */
  throttled(action: string): void {
    const state = this.state(action);
    const now = this.now();
    this.trim(state, now);
    const allowed = state.successes.length / (this.options.windowMs / 1000);
    const settled = Math.max(this.options.minRate, allowed * this.options.settleFactor);
    if (state.rate === undefined) state.nextAt = now;
    // A throttle never speeds calls up: several refusals of one burst settle on the same rate.
    state.rate = Math.min(state.rate ?? Number.POSITIVE_INFINITY, settled);
    state.lastThrottleAt = now;
    state.lastGrowthAt = now;
  }

  /** Calls per second `action` is paced at now; undefined when it is not paced. */
  rate(action: string): number | undefined {
    const state = this.#actions.get(action);
    if (state) this.adjust(state, this.now());
    return state?.rate;
  }

  private state(action: string): ActionState {
    let state = this.#actions.get(action);
    if (!state) {
      state = { rate: undefined, nextAt: 0, lastThrottleAt: 0, lastGrowthAt: 0, successes: [] };
      this.#actions.set(action, state);
    }
    return state;
  }

  private adjust(state: ActionState, now: number): void {
    if (state.rate === undefined) return;
    if (now - state.lastThrottleAt >= this.options.releaseAfterMs) {
      state.rate = undefined;
      return;
    }
    state.rate *= (1 + this.options.growthPerSecond) ** ((now - state.lastGrowthAt) / 1000);
    state.lastGrowthAt = now;
  }

  private trim(state: ActionState, now: number): void {
    const from = now - this.options.windowMs;
    let drop = 0;
    while (drop < state.successes.length && state.successes[drop]! < from) drop += 1;
    if (drop > 0) state.successes.splice(0, drop);
  }
}
