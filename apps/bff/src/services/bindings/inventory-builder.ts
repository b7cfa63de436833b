import pLimit from 'p-limit';
import { apiKeyOf, type Binding, type Inventory, type InventoryApi, type InventoryPhase, type InventoryResource } from '@portico/contracts/bindings';
import { StageName } from '@portico/contracts/published-apis';
import * as acl from '../../clouds/alibaba/ip-controls.ts';
import * as backends from '../../clouds/alibaba/backends.ts';
import * as published from '../../clouds/alibaba/published-apis.ts';
import * as vpcAccess from '../../clouds/alibaba/vpc-access.ts';
import { allPages } from '../../clouds/alibaba/paging.ts';
import * as vpcep from '../../clouds/huawei/endpoint-services.ts';
import type { CloudClients } from '../../clouds/cloud-clients.ts';
import { computeFindings } from './findings.ts';
import { backendResource, endpointServiceResource, ipControlResource, vpcAuthorizationResource } from './resource-reader.ts';

export interface BuildProgress {
  phase: string;
  done: number;
  total: number;
}

const stages = StageName.options;

/**
 * Assembles who is bound to what from the clouds' own calls, at most `concurrency` calls of each
 * kind at a time. Each part fails on its own: a part that cannot be read becomes a gap, not a
 * failed build.
 *
 * The bound is per kind of call because the clouds limit each operation apart: with one queue for
 * all, calls waiting at the pacer for one throttled operation held the slots the others needed,
 * and the busiest operation used half of its allowance (the throttled-build benchmark).
 */
export class InventoryBuilder {
  #done = 0;
  #total = 0;
  #calls = 0;
  #phase: InventoryPhase = 'starting';
  readonly #limits = new Map<string, ReturnType<typeof pLimit>>();
  readonly #apis = new Map<string, InventoryApi>();
  readonly #resources: InventoryResource[] = [];
  readonly #bindings: Binding[] = [];
  readonly #gaps: string[] = [];

  constructor(
    private readonly clouds: CloudClients,
    private readonly profile: string | undefined,
    private readonly concurrency: number,
    private readonly onProgress: (progress: BuildProgress) => void,
    /** An abandoned build (its instance stops, or lost the job) makes no more cloud calls. */
    private readonly signal?: AbortSignal,
  ) {}

  async build(): Promise<Inventory> {
    const started = performance.now();
    const gw = this.clouds.alibabaPatient(this.profile);
    await Promise.all([this.publishedApis(gw), this.vpcAuthorizations(gw), this.ipControls(gw), this.backends(gw), this.endpointServices()]);
    this.signal?.throwIfAborted();
    const apis = [...this.#apis.values()];
    this.#phase = 'findings';
    this.report();
    return {
      profile: gw.profile.id,
      asOf: new Date().toISOString(),
      durationMs: Math.round(performance.now() - started),
      cloudCalls: this.#calls,
      apis,
      resources: this.#resources,
      bindings: this.#bindings,
      findings: computeFindings(apis, this.#resources, this.#bindings),
      gaps: this.#gaps,
    };
  }

  /** One unit of work through its kind's concurrency bound (a phase reads one operation), counted for progress. */
  private call<T>(phase: InventoryPhase, work: () => Promise<T>): Promise<T> {
    this.#total += 1;
    this.report();
    let limit = this.#limits.get(phase);
    if (!limit) {
      limit = pLimit(this.concurrency);
      this.#limits.set(phase, limit);
    }
    return limit(async () => {
      this.signal?.throwIfAborted();
      this.#phase = phase;
      this.#calls += 1;
      try {
        return await work();
      } finally {
        this.#done += 1;
        this.report();
      }
    });
  }

  private report(): void {
    this.onProgress({ phase: this.#phase, done: this.#done, total: this.#total });
  }

  private async part(name: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.#gaps.push(`${name}: ${error instanceof Error ? error.message : 'could not be read'}`);
    }
  }

  private addApis(apis: InventoryApi[]): void {
    for (const api of apis) if (!this.#apis.has(api.key)) this.#apis.set(api.key, api);
  }

  private bind(resource: string, apis: { apiId: string; stageName: string }[]): void {
    for (const api of apis) this.#bindings.push({ resource, api: apiKeyOf(api) });
  }

  private publishedApis(gw: ReturnType<CloudClients['alibaba']>) {
    return this.part('published APIs', async () => {
      const groups = await this.call('API groups', () => published.listApiGroups(gw));
      await Promise.all(
        groups.flatMap((group) => stages.map((stage) => this.call('published APIs', () => published.listDeployedApis(gw, group, stage)).then((apis) => this.addApis(apis)))),
      );
    });
  }

  private vpcAuthorizations(gw: ReturnType<CloudClients['alibaba']>) {
    return this.part('VPC authorizations', async () => {
      const all = await this.call('VPC authorizations', () => allPages((page, pageSize) => vpcAccess.listVpcAuthorizations(gw, { page, pageSize })));
      await Promise.all(
        all.map(async (auth) => {
          const apis = await this.call('VPC authorization bindings', () => vpcAccess.listBoundApis(gw, auth.name));
          const resource = vpcAuthorizationResource(auth, apis.length);
          this.#resources.push(resource);
          this.bind(resource.key, apis);
        }),
      );
    });
  }

  private ipControls(gw: ReturnType<CloudClients['alibaba']>) {
    return this.part('IP access control', async () => {
      const all = await this.call('IP access control lists', () => allPages((page, pageSize) => acl.listIpControls(gw, { page, pageSize })));
      await Promise.all(
        all.map(async (control) => {
          const [apis, items] = await Promise.all([
            this.call('ACL bindings', () => acl.listApisByIpControl(gw, control.id)),
            this.call('ACL entries', () => acl.listPolicyItems(gw, control.id)),
          ]);
          const resource = ipControlResource(control, items, apis.length);
          this.#resources.push(resource);
          this.bind(resource.key, apis);
        }),
      );
    });
  }

  private backends(gw: ReturnType<CloudClients['alibaba']>) {
    return this.part('backends', async () => {
      const all = await this.call('backends', () => allPages((page, pageSize) => backends.listBackends(gw, { page, pageSize })));
      await Promise.all(
        all.map(async (backend) => {
          const perStage = await Promise.all(stages.map((stage) => this.call('backend bindings', () => backends.listApisByBackend(gw, backend.id, stage))));
          const apis = perStage.flat();
          const resource = backendResource(backend, apis.length);
          this.#resources.push(resource);
          this.bind(resource.key, apis);
        }),
      );
    });
  }

  private endpointServices() {
    if (!this.clouds.profiles.find('huawei')) return Promise.resolve();
    return this.part('endpoint services', async () => {
      const gw = this.clouds.huawei();
      const all = await this.call('endpoint services', () => vpcep.allEndpointServices(gw));
      await Promise.all(
        all.map(async (service) => {
          const connections = await this.call('endpoint connections', () => vpcep.listConnections(gw, service.id));
          this.#resources.push(endpointServiceResource(service, connections));
        }),
      );
    });
  }
}
