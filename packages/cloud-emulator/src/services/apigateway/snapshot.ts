import {
  ApiGatewayRegionState,
  type ApiGroupRecord,
  type ApiRecord,
  type BackendBindingRecord,
  type BackendModelRecord,
  type BackendRecord,
  type BackendUpdateTaskRecord,
  type ClientTokenRecord,
  type DeploymentRecord,
  type IpControlBindingRecord,
  type IpControlRecord,
  type StageName,
  type VpcAccessRecord,
  type VpcBindingRecord,
  type VpcTarget,
  type VpcUpdateTaskRecord,
} from './store.ts';

/**
 * One region's API Gateway state as plain JSON, for the state file and snapshots. Everything a
 * provider reads is here, tasks in flight included: their progress is a function of the wall
 * clock (startedAt, stepMs), so a restored task carries on, or has ended, as the cloud's would.
 */
export interface ApiGatewayRegionJson {
  accountId: string;
  regionId: string;
  vpcAccesses: VpcAccessRecord[];
  groups: ApiGroupRecord[];
  apis: ApiRecord[];
  deployments: DeploymentRecord[];
  /** Per authorization name, in binding order (a task's items point into these lists). */
  vpcBindings: [string, VpcBindingRecord[]][];
  tasks: VpcTaskJson[];
  clientTokens: [string, ClientTokenRecord][];
  ipControls: IpControlRecord[];
  ipControlBindings: [string, IpControlBindingRecord[]][];
  backends: BackendJson[];
  backendBindings: [string, BackendBindingRecord[]][];
  backendTasks: BackendUpdateTaskRecord[];
}

interface VpcTaskItemJson {
  outcome: 'success' | 'fail';
  /** Index in the authorization's binding list, when the binding is still there. */
  bindingIndex?: number;
  /** The binding itself, when the authorization was removed while the task ran. */
  binding?: VpcBindingRecord;
}

interface VpcTaskJson {
  operationId: string;
  vpcAccessName: string;
  startedAt: number;
  stepMs: number;
  target: VpcTarget;
  applied: number;
  active: boolean;
  items: VpcTaskItemJson[];
}

interface BackendJson extends Omit<BackendRecord, 'models'> {
  models: BackendModelRecord[];
}

const clone = <T>(value: T): T => structuredClone(value);

function taskToJson(state: ApiGatewayRegionState, task: VpcUpdateTaskRecord): VpcTaskJson {
  const list = state.bindingsOf(task.vpcAccessName);
  const items = task.items.map((item): VpcTaskItemJson => {
    const index = list.indexOf(item.binding);
    return index >= 0 ? { outcome: item.outcome, bindingIndex: index } : { outcome: item.outcome, binding: clone(item.binding) };
  });
  return {
    operationId: task.operationId,
    vpcAccessName: task.vpcAccessName,
    startedAt: task.startedAt,
    stepMs: task.stepMs,
    target: clone(task.target),
    applied: task.applied,
    active: state.activeTasks.has(task),
    items,
  };
}

export function apiGatewayRegionToJson(state: ApiGatewayRegionState): ApiGatewayRegionJson {
  return {
    accountId: state.accountId,
    regionId: state.regionId,
    vpcAccesses: clone([...state.vpcAccesses.values()]),
    groups: clone([...state.groups.values()]),
    apis: clone([...state.apis.values()]),
    deployments: clone([...state.deployments.values()].flatMap((stage) => [...stage.values()])),
    vpcBindings: clone([...state.bindingsByVpcAccessName.entries()]),
    tasks: [...state.tasks.values()].map((task) => taskToJson(state, task)),
    clientTokens: clone([...state.clientTokens.entries()]),
    ipControls: clone([...state.ipControls.values()]),
    ipControlBindings: clone([...state.ipControlBindings.entries()]),
    backends: [...state.backends.values()].map((b) => clone({ ...b, models: [...b.models.values()] })),
    backendBindings: clone([...state.backendBindings.entries()]),
    backendTasks: clone([...state.backendTasks.values()]),
  };
}

function restoreTask(state: ApiGatewayRegionState, json: VpcTaskJson): void {
  const list = state.bindingsOf(json.vpcAccessName);
  const items = json.items.map((item) => {
    const binding = item.bindingIndex === undefined ? item.binding : list[item.bindingIndex];
    if (!binding) throw new Error(`task ${json.operationId} names a binding the state does not hold`);
    return { outcome: item.outcome, binding };
  });
  const task: VpcUpdateTaskRecord = { ...json, items };
  state.tasks.set(task.operationId, task);
  if (json.active) state.activeTasks.add(task);
}

/** Builds a new region state from its JSON; throws (leaving nothing half-built in use) when it does not fit. */
export function apiGatewayRegionFromJson(json: ApiGatewayRegionJson): ApiGatewayRegionState {
  const state = new ApiGatewayRegionState(json.accountId, json.regionId);
  const data = clone(json);
  for (const record of data.vpcAccesses) state.addVpcAccess(record);
  for (const group of data.groups) state.groups.set(group.groupId, group);
  for (const api of data.apis) state.apis.set(api.apiId, api);
  for (const deployment of data.deployments) state.deploy(deployment);
  // Lists are kept as they were, empty ones included.
  for (const [name, bindings] of data.vpcBindings) state.bindingsByVpcAccessName.set(name, bindings);
  for (const task of data.tasks) restoreTask(state, task);
  for (const [token, record] of data.clientTokens) state.clientTokens.set(token, record);
  for (const acl of data.ipControls) state.ipControls.set(acl.ipControlId, acl);
  for (const [id, bindings] of data.ipControlBindings) {
    state.ipControlBindings.set(id, []);
    for (const binding of bindings) state.bindIpControl(id, binding);
  }
  for (const backend of data.backends) {
    const models = new Map<StageName, BackendModelRecord>(backend.models.map((m) => [m.stageName, m]));
    state.backends.set(backend.backendId, { ...backend, models });
  }
  for (const [id, bindings] of data.backendBindings) state.backendBindings.set(id, bindings);
  for (const task of data.backendTasks) state.backendTasks.set(task.operationId, task);
  return state;
}
