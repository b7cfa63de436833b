import CloudApiModule from '@alicloud/cloudapi20160714';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { RuntimeOptions } from '@darabonba/typescript';
import { ErrorCode } from '@portico/contracts/errors';
import { AppError } from '../../errors.ts';
import type { AlibabaProfile } from '../profiles.ts';
import { defaultRetryPolicy, withRetry, type RetryPolicy, type RetryVerdict } from '../retry.ts';
import { unobserved, type CloudObserver } from '../observer.ts';
import { isThrottling, outcomeOf, retryVerdict, toAppError } from './errors.ts';
import { PacerBusyError, ThrottlePacer } from './pacer.ts';

/**
 * From Node's ESM the CommonJS default export is one level down (STACK trap 4); bundlers and
 * vitest honour `__esModule` and hand over the class itself. Accept both.
 */
const ClientClass: typeof CloudApiModule = typeof CloudApiModule === 'function' ? CloudApiModule : (CloudApiModule as unknown as { default: typeof CloudApiModule }).default;
export type CloudApiClient = InstanceType<typeof CloudApiModule>;

type CallApi = CloudApiClient['callApi'];

/** Throttled calls whose operation the pacer now spaces: their retry queues there, not in a back-off. */
const pacedRefusals = new WeakSet<object>();

/**
 * The SDK client with every call (each SDK method ends in `callApi`, which names the action)
 * taking its turn from the pacer, and telling it how the cloud answered.
 */
class PacedClient extends ClientClass {
  constructor(
    config: $OpenApiUtil.Config,
    private readonly pacer: ThrottlePacer,
    private readonly observer: CloudObserver,
  ) {
    super(config);
  }

  override async callApi(...args: Parameters<CallApi>): ReturnType<CallApi> {
    const action = args[0].action;
    const waitedMs = await this.pacer.acquire(action);
    if (waitedMs > 0) this.observer.paced('alibaba', action, waitedMs / 1000);
    const started = performance.now();
    try {
      const result = await super.callApi(...args);
      this.pacer.succeeded(action);
      this.observer.called('alibaba', action, 'ok', (performance.now() - started) / 1000);
      return result;
    } catch (error) {
      if (isThrottling(error)) {
        this.pacer.throttled(action);
        if (typeof error === 'object' && error !== null && this.pacer.rate(action) !== undefined) pacedRefusals.add(error);
      }
      this.observer.called('alibaba', action, outcomeOf(error), (performance.now() - started) / 1000);
      throw error;
    }
  }
}

export interface AlibabaCallOptions {
  timeoutMs: number;
  retry: RetryPolicy;
  /**
   * Throttling is waited out longer than a failure, so a busy team sees a slower page rather than
   * an error; each retry also queues at the pacer, which spaces calls at what the cloud allows.
   */
  throttleRetry?: RetryPolicy;
}

export const defaultThrottleRetry: RetryPolicy = { attempts: 10, baseDelayMs: 100, maxDelayMs: 2_000 };

export const defaultCallOptions: AlibabaCallOptions = { timeoutMs: 10_000, retry: defaultRetryPolicy, throttleRetry: defaultThrottleRetry };

/**
 * The one door to Alibaba Cloud for a profile: the official SDK, a timeout on every call,
 * retries where a retry is safe, and the cloud's errors turned into ours.
 */
export class AlibabaGateway {
  readonly client: CloudApiClient;

  constructor(
    readonly profile: AlibabaProfile,
    private readonly options: AlibabaCallOptions = defaultCallOptions,
    /** Shared by every gateway of one profile: the cloud's limits are per account, not per gateway. */
    readonly pacer: ThrottlePacer = new ThrottlePacer(),
    observer: CloudObserver = unobserved,
  ) {
    this.client = new PacedClient(
      new $OpenApiUtil.Config({
        accessKeyId: profile.accessKeyId,
        accessKeySecret: profile.accessKeySecret.reveal(),
        endpoint: profile.endpoint,
        protocol: profile.protocol,
        regionId: profile.region,
      }),
      pacer,
      observer,
    );
    this.#runtime = Object.freeze(
      new RuntimeOptions({
        readTimeout: options.timeoutMs,
        connectTimeout: Math.min(options.timeoutMs, 5_000),
        autoretry: false,
      }),
    );
  }

  /**
   * The same for every call of this gateway, so made once (a list page makes 21 calls) and frozen:
   * the SDK only reads it, and a call that tried to change it would fail rather than leak into others.
   */
  readonly #runtime: RuntimeOptions;

  runtime(): RuntimeOptions {
    return this.#runtime;
  }

  /** Reads are always safe to repeat. */
  read<T>(call: (client: CloudApiClient, runtime: RuntimeOptions) => Promise<T>): Promise<T> {
    return this.run(call, true);
  }

  /**
   * A write is repeated only when the caller says it is idempotent, i.e. it carries the
   * cloud's client token so a repeat is answered with the first result.
   */
  write<T>(call: (client: CloudApiClient, runtime: RuntimeOptions) => Promise<T>, idempotent: boolean): Promise<T> {
    return this.run(call, idempotent);
  }

  /**
   * A throttled call was refused before it ran, so it may be sent again even when it is a write
   * without a client token; anything else is repeated only when the call is safe to repeat.
   */
  private verdict(error: unknown, retryable: boolean): RetryVerdict {
    if (error instanceof PacerBusyError) return { retry: false };
    if (isThrottling(error)) {
      const policy = this.options.throttleRetry ?? defaultThrottleRetry;
      // The refusal made the pacer space this operation's calls: the retry waits its turn there, so
      // a back-off on top would leave the cloud's allowance unused (the build ran at half of Q).
      const paced = typeof error === 'object' && error !== null && pacedRefusals.has(error);
      return { ...retryVerdict(error), policy: paced ? { ...policy, baseDelayMs: 0, maxDelayMs: 0 } : policy };
    }
    return retryable ? retryVerdict(error) : { retry: false };
  }

  private async run<T>(call: (client: CloudApiClient, runtime: RuntimeOptions) => Promise<T>, retryable: boolean): Promise<T> {
    try {
      return await withRetry(
        () => call(this.client, this.runtime()),
        (error) => this.verdict(error, retryable),
        this.options.retry,
      );
    } catch (error) {
      if (error instanceof PacerBusyError) {
        throw new AppError(ErrorCode.rateLimited, 'Alibaba Cloud is limiting this kind of call and too many are waiting. Try again in a moment.', 429);
      }
      throw toAppError(error);
    }
  }
}
