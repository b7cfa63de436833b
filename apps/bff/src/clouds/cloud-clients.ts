import { ErrorCode } from '@portico/contracts/errors';
import { AppError } from '../errors.ts';
import { AlibabaGateway, defaultCallOptions, type AlibabaCallOptions } from './alibaba/client.ts';
import { defaultHuaweiOptions, HuaweiGateway, type HuaweiCallOptions } from './huawei/client.ts';
import { unobserved, type CloudObserver } from './observer.ts';
import type { ProfileRegistry } from './profiles.ts';

const patientRetry = { attempts: 12, baseDelayMs: 250, maxDelayMs: 5_000 };

/** Hands out one SDK client per profile, made on first use. */
export class CloudClients {
  readonly #alibaba = new Map<string, AlibabaGateway>();
  readonly #huawei = new Map<string, HuaweiGateway>();

  constructor(
    readonly profiles: ProfileRegistry,
    private readonly alibabaOptions: AlibabaCallOptions = defaultCallOptions,
    private readonly huaweiOptions: HuaweiCallOptions = defaultHuaweiOptions,
    private readonly observer: CloudObserver = unobserved,
  ) {}

  huawei(profileId?: string): HuaweiGateway {
    const profile = this.profiles.find('huawei', profileId);
    if (!profile) {
      throw new AppError(ErrorCode.notFound, profileId ? `No Huawei Cloud profile named "${profileId}".` : 'No Huawei Cloud profile is configured.', 404, {
        fields: { profile: 'is not a configured Huawei Cloud profile' },
      });
    }
    let gateway = this.#huawei.get(profile.id);
    if (!gateway) {
      gateway = new HuaweiGateway(profile, this.huaweiOptions, this.observer);
      this.#huawei.set(profile.id, gateway);
    }
    return gateway;
  }

  /**
   * For long read-only jobs (the bindings inventory): more attempts and longer back-off, so a
   * throttled cloud slows the job down instead of failing it.
   */
  alibabaPatient(profileId?: string): AlibabaGateway {
    const gateway = this.alibaba(profileId);
    const key = `patient:${gateway.profile.id}`;
    let patient = this.#alibaba.get(key);
    if (!patient) {
      patient = new AlibabaGateway(gateway.profile, { ...this.alibabaOptions, retry: patientRetry }, gateway.pacer, this.observer);
      this.#alibaba.set(key, patient);
    }
    return patient;
  }

  alibaba(profileId?: string): AlibabaGateway {
    const profile = this.profiles.find('alibaba', profileId);
    if (!profile) {
      throw new AppError(ErrorCode.notFound, profileId ? `No Alibaba Cloud profile named "${profileId}".` : 'No Alibaba Cloud profile is configured.', 404, {
        fields: { profile: 'is not a configured Alibaba Cloud profile' },
      });
    }
    let gateway = this.#alibaba.get(profile.id);
    if (!gateway) {
      gateway = new AlibabaGateway(profile, this.alibabaOptions, undefined, this.observer);
      this.#alibaba.set(profile.id, gateway);
    }
    return gateway;
  }
}
