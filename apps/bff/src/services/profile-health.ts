import type { ProfileHealth } from '@portico/contracts/profiles';
import * as vpcAccess from '../clouds/alibaba/vpc-access.ts';
import type { CloudClients } from '../clouds/cloud-clients.ts';
import { listEndpointServices } from '../clouds/huawei/endpoint-services.ts';
import { AppError } from '../http/app-error.ts';

export const PROFILE_HEALTH_TTL_MS = 30_000;

/**
 * A short reason for a failed check: the cloud's error code, or ours. Never the cloud's message:
 * a signature mismatch echoes the string it signed, and other messages carry request details.
 */
export function checkFailure(error: unknown): string {
  if (error instanceof AppError) return error.details.upstream?.code ?? error.code;
  return 'UNREACHABLE';
}

/**
 * One cheap read per profile, at most once per TTL however many people ask: the check spends
 * the account's API quota, so it is for signed-in people and shared between them.
 */
export class ProfileHealthCheck {
  private cached: { at: number; value: Promise<ProfileHealth> } | undefined;

  constructor(
    private readonly clouds: CloudClients,
    private readonly ttlMs = PROFILE_HEALTH_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<ProfileHealth> {
    if (!this.cached || this.now() - this.cached.at >= this.ttlMs) this.cached = { at: this.now(), value: this.check() };
    return this.cached.value;
  }

  private async check(): Promise<ProfileHealth> {
    const profiles = await Promise.all(
      this.clouds.profiles.all.map(async (profile) => {
        const started = performance.now();
        const latency = () => Math.round(performance.now() - started);
        try {
          if (profile.cloud === 'alibaba') await vpcAccess.listVpcAuthorizations(this.clouds.alibaba(profile.id), { page: 1, pageSize: 1 });
          else await listEndpointServices(this.clouds.huawei(profile.id), { page: 1, pageSize: 1 });
          return { id: profile.id, cloud: profile.cloud, ok: true, latencyMs: latency() };
        } catch (error) {
          return { id: profile.id, cloud: profile.cloud, ok: false, latencyMs: latency(), error: checkFailure(error) };
        }
      }),
    );
    return { checkedAt: new Date(this.now()).toISOString(), profiles };
  }
}
