import type { BackendConfig, TagInfo } from './api.ts';

export const STAGE_NAMES = ['TEST', 'PRE', 'RELEASE'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export interface VpcAccessRecord {
  readonly vpcAccessId: string;
  readonly name: string;
  vpcId: string;
  instanceId: string;
  port: number;
  description?: string;
  vpcTargetHostName?: string;
  readonly createdAt: number;
  readonly tags: TagInfo[];
}

export type GroupStatus = 'NORMAL' | 'LOCKED';

export interface ApiGroupRecord {
  readonly groupId: string;
  readonly groupName: string;
  readonly stageIds: Readonly<Record<StageName, string>>;
  readonly description: string;
  /** `{groupId}-{region}.alicloudapi.com`, the CNAME target of custom domains. */
  readonly subDomain: string;
  readonly basePath: string;
  /** The shared instance `api-shared-vpc-001` (VPC_SHARED) or a dedicated one. */
  readonly instanceId: string;
  readonly instanceType: string;
  readonly httpsPolicy: string;
  /** The group's QPS cap (500 unless raised). */
  readonly trafficLimit: number;
  readonly billingStatus: GroupStatus;
  readonly illegalStatus: GroupStatus;
  readonly createdAt: number;
  readonly modifiedAt: number;
  readonly tags: readonly TagInfo[];
}

/** An API published in a stage (the definition running there since deployedAt). */
export interface DeploymentRecord {
  readonly apiId: string;
  readonly stageName: StageName;
  readonly deployedAt: number;
}

export interface ApiRecord {
  readonly apiId: string;
  readonly apiName: string;
  readonly groupId: string;
  readonly method: string;
  readonly path: string;
  readonly description: string;
  readonly visibility: 'PUBLIC' | 'PRIVATE';
}

/**
 * One published API (an API in one stage) whose backend reaches a VPC through
 * an authorization, with the VPC settings it was last synced with.
 */
export interface VpcBindingRecord {
  readonly apiId: string;
  readonly stageName: StageName;
  readonly vpcAccessName: string;
  vpcId: string;
  instanceId: string;
  port: number;
}

export interface VpcTarget {
  readonly vpcId: string;
  readonly instanceId: string;
  readonly port: number;
}

export interface TaskItemRecord {
  readonly binding: VpcBindingRecord;
  readonly outcome: 'success' | 'fail';
}

/** The batch update of the published APIs bound to an authorization (ModifyVpcAccessAndUpdateApis). */
export interface VpcUpdateTaskRecord {
  readonly operationId: string;
  readonly vpcAccessName: string;
  readonly startedAt: number;
  /** Time each API takes, fixed when the task starts. */
  readonly stepMs: number;
  readonly target: VpcTarget;
  readonly items: readonly TaskItemRecord[];
  /** How many items have been applied to the bindings so far. */
  applied: number;
}

export type IpControlType = 'ALLOW' | 'REFUSE';

/** One policy of an ACL: up to 10 addresses or CIDR blocks, kept as the `;`-separated text sent. */
export interface PolicyItemRecord {
  readonly policyItemId: string;
  cidrIp: string;
  /** Empty when no application is restricted (always empty in a REFUSE list). */
  appId: string;
  readonly createdAt: number;
  modifiedAt: number;
}

/** An IP access control list (IpControl). */
export interface IpControlRecord {
  readonly ipControlId: string;
  name: string;
  readonly type: IpControlType;
  description: string;
  readonly createdAt: number;
  modifiedAt: number;
  /** In creation order. */
  readonly items: PolicyItemRecord[];
}

/** A published API (API × stage) guarded by an ACL. */
export interface IpControlBindingRecord {
  readonly apiId: string;
  readonly stageName: StageName;
  readonly boundAt: number;
}

/** A backend model: a backend service's configuration in one stage. */
export interface BackendModelRecord {
  readonly backendModelId: string;
  readonly stageName: StageName;
  config: BackendConfig;
  description: string;
  readonly createdAt: number;
  modifiedAt: number;
}

export interface BackendRecord {
  readonly backendId: string;
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly createdAt: number;
  readonly modifiedAt: number;
  readonly tags: readonly TagInfo[];
  /** At most one model per stage. */
  readonly models: Map<StageName, BackendModelRecord>;
}

/** An API whose definition uses a backend service: its draft, or its published version in a stage. */
export interface BackendBindingRecord {
  readonly apiId: string;
  /** Absent for the draft definition. */
  readonly stageName?: StageName;
}

export interface BackendTaskItemRecord {
  readonly apiId: string;
  readonly stageName: StageName;
  readonly outcome: 'success' | 'fail';
}

/** The batch update of the published APIs that use a backend model (ModifyBackendModel). */
export interface BackendUpdateTaskRecord {
  readonly operationId: string;
  readonly backendId: string;
  readonly startedAt: number;
  readonly stepMs: number;
  readonly items: readonly BackendTaskItemRecord[];
}

export interface ClientTokenRecord {
  readonly fingerprint: string;
  readonly response: object;
}

function endpointKey(vpcId: string, instanceId: string, port: number): string {
  return `${vpcId}\u0000${instanceId}\u0000${port}`;
}

/** All API Gateway state of one account in one region. */
export class ApiGatewayRegionState {
  readonly vpcAccesses = new Map<string, VpcAccessRecord>();
  readonly groups = new Map<string, ApiGroupRecord>();
  readonly apis = new Map<string, ApiRecord>();
  readonly bindingsByVpcAccessName = new Map<string, VpcBindingRecord[]>();
  readonly tasks = new Map<string, VpcUpdateTaskRecord>();
  readonly activeTasks = new Set<VpcUpdateTaskRecord>();
  readonly clientTokens = new Map<string, ClientTokenRecord>();
  readonly ipControls = new Map<string, IpControlRecord>();
  readonly ipControlBindings = new Map<string, IpControlBindingRecord[]>();
  readonly backends = new Map<string, BackendRecord>();
  readonly backendBindings = new Map<string, BackendBindingRecord[]>();
  readonly backendTasks = new Map<string, BackendUpdateTaskRecord>();
  /** The published APIs of each stage, by API id. */
  readonly deployments = new Map<StageName, Map<string, DeploymentRecord>>();
  private readonly idByName = new Map<string, string>();
  private readonly idByEndpoint = new Map<string, string>();
  /** Per stage, newest first; rebuilt after a change. */
  private readonly deployedOrder = new Map<StageName, readonly DeploymentRecord[]>();
  /** Per stage and group, in the same order; rebuilt after a change. */
  private readonly deployedByGroup = new Map<StageName, ReadonlyMap<string, readonly DeploymentRecord[]>>();
  /** The ACL guarding each published API (`stage:apiId`): at most one. */
  private readonly ipControlByApi = new Map<string, { ipControlId: string; binding: IpControlBindingRecord }>();

  constructor(
    readonly accountId: string,
    readonly regionId: string,
  ) {}

  addVpcAccess(record: VpcAccessRecord): void {
    this.vpcAccesses.set(record.vpcAccessId, record);
    this.idByName.set(record.name, record.vpcAccessId);
    this.idByEndpoint.set(endpointKey(record.vpcId, record.instanceId, record.port), record.vpcAccessId);
  }

  removeVpcAccess(record: VpcAccessRecord): void {
    this.vpcAccesses.delete(record.vpcAccessId);
    this.idByName.delete(record.name);
    this.idByEndpoint.delete(endpointKey(record.vpcId, record.instanceId, record.port));
  }

  /** Changes where an authorization points, keeping the endpoint index right. */
  retarget(record: VpcAccessRecord, target: VpcTarget): void {
    this.idByEndpoint.delete(endpointKey(record.vpcId, record.instanceId, record.port));
    record.vpcId = target.vpcId;
    record.instanceId = target.instanceId;
    record.port = target.port;
    this.idByEndpoint.set(endpointKey(record.vpcId, record.instanceId, record.port), record.vpcAccessId);
  }

  vpcAccessByName(name: string): VpcAccessRecord | undefined {
    const id = this.idByName.get(name);
    return id === undefined ? undefined : this.vpcAccesses.get(id);
  }

  vpcAccessByEndpoint(vpcId: string, instanceId: string, port: number): VpcAccessRecord | undefined {
    const id = this.idByEndpoint.get(endpointKey(vpcId, instanceId, port));
    return id === undefined ? undefined : this.vpcAccesses.get(id);
  }

  bind(binding: VpcBindingRecord): void {
    const list = this.bindingsByVpcAccessName.get(binding.vpcAccessName);
    if (list) list.push(binding);
    else this.bindingsByVpcAccessName.set(binding.vpcAccessName, [binding]);
  }

  bindingsOf(vpcAccessName: string): readonly VpcBindingRecord[] {
    return this.bindingsByVpcAccessName.get(vpcAccessName) ?? [];
  }

  bindIpControl(ipControlId: string, binding: IpControlBindingRecord): void {
    const list = this.ipControlBindings.get(ipControlId);
    if (list) list.push(binding);
    else this.ipControlBindings.set(ipControlId, [binding]);
    this.ipControlByApi.set(`${binding.stageName}:${binding.apiId}`, { ipControlId, binding });
  }

  /** Unbinds an API in a stage from whichever ACL guards it; false when none did. */
  unbindIpControl(stageName: StageName, apiId: string): boolean {
    const key = `${stageName}:${apiId}`;
    const bound = this.ipControlByApi.get(key);
    if (!bound) return false;
    this.ipControlByApi.delete(key);
    const list = (this.ipControlBindings.get(bound.ipControlId) ?? []).filter((b) => b !== bound.binding);
    if (list.length > 0) this.ipControlBindings.set(bound.ipControlId, list);
    else this.ipControlBindings.delete(bound.ipControlId);
    return true;
  }

  /** The ACL bound to an API in a stage, if any. */
  ipControlOf(stageName: StageName, apiId: string): { ipControlId: string; binding: IpControlBindingRecord } | undefined {
    return this.ipControlByApi.get(`${stageName}:${apiId}`);
  }

  deploy(record: DeploymentRecord): void {
    let stage = this.deployments.get(record.stageName);
    if (!stage) {
      stage = new Map();
      this.deployments.set(record.stageName, stage);
    }
    stage.set(record.apiId, record);
    this.deployedOrder.delete(record.stageName);
    this.deployedByGroup.delete(record.stageName);
  }

  deployment(stageName: StageName, apiId: string): DeploymentRecord | undefined {
    return this.deployments.get(stageName)?.get(apiId);
  }

  /** The published APIs of a stage, newest first (ties by API id), computed once per change. */
  deployedIn(stageName: StageName): readonly DeploymentRecord[] {
    let order = this.deployedOrder.get(stageName);
    if (!order) {
      order = [...(this.deployments.get(stageName)?.values() ?? [])].sort((a, b) => b.deployedAt - a.deployedAt || (a.apiId < b.apiId ? -1 : a.apiId > b.apiId ? 1 : 0));
      this.deployedOrder.set(stageName, order);
    }
    return order;
  }

  /** The published APIs of one group in a stage, in deployedIn order. */
  deployedInGroup(stageName: StageName, groupId: string): readonly DeploymentRecord[] {
    let byGroup = this.deployedByGroup.get(stageName);
    if (!byGroup) {
      const built = new Map<string, DeploymentRecord[]>();
      for (const d of this.deployedIn(stageName)) {
        const api = this.apis.get(d.apiId);
        if (!api) continue;
        const list = built.get(api.groupId);
        if (list) list.push(d);
        else built.set(api.groupId, [d]);
      }
      byGroup = built;
      this.deployedByGroup.set(stageName, byGroup);
    }
    return byGroup.get(groupId) ?? [];
  }

  bindBackend(backendId: string, binding: BackendBindingRecord): void {
    const list = this.backendBindings.get(backendId);
    if (list) list.push(binding);
    else this.backendBindings.set(backendId, [binding]);
  }

  /** The published APIs of a stage that use a backend, or (no stage) the drafts that do. */
  backendUsers(backendId: string, stageName: StageName | undefined): BackendBindingRecord[] {
    return (this.backendBindings.get(backendId) ?? []).filter((b) => b.stageName === stageName);
  }
}

/** Fills a new region's state (the seed), or leaves it empty. */
export type RegionSeeder = (state: ApiGatewayRegionState) => void;

/** API Gateway state, declared in one place and keyed by account and region. */
export class ApiGatewayStore {
  private accounts = new Map<string, Map<string, ApiGatewayRegionState>>();

  constructor(private readonly seeder: RegionSeeder) {}

  region(accountId: string, regionId: string): ApiGatewayRegionState {
    let regions = this.accounts.get(accountId);
    if (!regions) {
      regions = new Map();
      this.accounts.set(accountId, regions);
    }
    let state = regions.get(regionId);
    if (!state) {
      state = new ApiGatewayRegionState(accountId, regionId);
      this.seeder(state);
      regions.set(regionId, state);
    }
    return state;
  }

  /** Back to the seed: every region is rebuilt on its next use. */
  reset(): void {
    this.accounts = new Map();
  }

  /** Every region used so far (the others are still their seed). */
  regions(): ApiGatewayRegionState[] {
    return [...this.accounts.values()].flatMap((regions) => [...regions.values()]);
  }

  /** Swaps in restored regions at once; regions not given start from the seed again. */
  replaceAll(states: readonly ApiGatewayRegionState[]): void {
    const accounts = new Map<string, Map<string, ApiGatewayRegionState>>();
    for (const state of states) {
      const regions = accounts.get(state.accountId) ?? new Map<string, ApiGatewayRegionState>();
      regions.set(state.regionId, state);
      accounts.set(state.accountId, regions);
    }
    this.accounts = accounts;
  }

  /** A batch update by its OperationId, in whichever account and region it runs (for the test hooks). */
  findTask(operationId: string): VpcUpdateTaskRecord | BackendUpdateTaskRecord | undefined {
    for (const regions of this.accounts.values()) {
      for (const state of regions.values()) {
        const task = state.tasks.get(operationId) ?? state.backendTasks.get(operationId);
        if (task) return task;
      }
    }
    return undefined;
  }
}
