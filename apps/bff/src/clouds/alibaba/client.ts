import CloudApiModule from '@alicloud/cloudapi20160714';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { RuntimeOptions } from '@darabonba/typescript';
import type { AlibabaProfile } from '../profiles.ts';
import { defaultRetryPolicy, withRetry, type RetryPolicy } from '../retry.ts';
import { retryVerdict, toAppError } from './errors.ts';

/**
 * From Node's ESM the CommonJS default export is one level down (STACK trap 4); bundlers and
 * vitest honour `__esModule` and hand over the class itself. Accept both.
 */
const ClientClass: typeof CloudApiModule =
  typeof CloudApiModule === 'function' ? CloudApiModule : (CloudApiModule as unknown as { default: typeof CloudApiModule }).default;
export type CloudApiClient = InstanceType<typeof CloudApiModule>;

export interface AlibabaCallOptions {
  timeoutMs: number;
  retry: RetryPolicy;
}

export const defaultCallOptions: AlibabaCallOptions = { timeoutMs: 10_000, retry: defaultRetryPolicy };

/**
 * The one door to Alibaba Cloud for a profile: the official SDK, a timeout on every call,
 * retries where a retry is safe, and the cloud's errors turned into ours.
 */
export class AlibabaGateway {
  readonly client: CloudApiClient;

  constructor(
    readonly profile: AlibabaProfile,
    private readonly options: AlibabaCallOptions = defaultCallOptions,
  ) {
    this.client = new ClientClass(
      new $OpenApiUtil.Config({
        accessKeyId: profile.accessKeyId,
        accessKeySecret: profile.accessKeySecret.reveal(),
        endpoint: profile.endpoint,
        protocol: profile.protocol,
        regionId: profile.region,
      }),
    );
  }

  runtime(): RuntimeOptions {
    return new RuntimeOptions({
      readTimeout: this.options.timeoutMs,
      connectTimeout: Math.min(this.options.timeoutMs, 5_000),
      autoretry: false,
    });
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

  private async run<T>(call: (client: CloudApiClient, runtime: RuntimeOptions) => Promise<T>, retryable: boolean): Promise<T> {
    try {
      return await withRetry(
        () => call(this.client, this.runtime()),
        (error) => (retryable ? retryVerdict(error) : { retry: false }),
        this.options.retry,
      );
    } catch (error) {
      throw toAppError(error);
    }
  }
}
