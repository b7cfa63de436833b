import type {
  ApiGatewayRegionState,
  BackendBindingRecord,
  BackendTaskItemRecord,
  BackendUpdateTaskRecord,
  StageName,
  TaskItemRecord,
  VpcBindingRecord,
  VpcTarget,
  VpcUpdateTaskRecord,
} from './store.ts';

/**
 * The batch updates behind ModifyVpcAccessAndUpdateApis and ModifyBackendModel:
 * the published APIs concerned are updated one after another, `stepMs` each;
 * item i runs from startedAt + i*stepMs and is done at startedAt + (i+1)*stepMs.
 * Status words as the cloud writes them in DescribeUpdateVpcInfoTask (`success`),
 * with `init` (waiting), `running` and `fail` for the other states.
 */
export type UpdateStatus = 'init' | 'running' | 'success' | 'fail';

export const SUCCESS_MESSAGE = 'Success. Request Success.';
export const FAILURE_MESSAGE = 'Failed to update the VPC configuration of the published API: the backend instance could not be reached through the VPC access authorization.';
export const BACKEND_FAILURE_MESSAGE = 'Failed to update the backend of the published API: the new backend model could not be applied to the API in this stage.';

/** What the timing of a batch update needs to know. */
export interface TimedTask {
  readonly startedAt: number;
  readonly stepMs: number;
  readonly items: readonly { readonly outcome: 'success' | 'fail' }[];
}

export interface TaskSettings {
  readonly taskStepMs: number;
  /** Share of APIs that fail, 0..1, spread evenly (every k-th API for 1/k). */
  readonly taskFailRatio: number;
  /** How long a new batch update waits (queued, every API `init`) before its first API runs; 0 when absent. */
  readonly taskStartDelayMs?: number;
}

/** Deterministic: item i fails when it crosses the next multiple of 1/ratio. */
export function failsAt(index: number, ratio: number): boolean {
  if (ratio <= 0) return false;
  if (ratio >= 1) return true;
  const eps = 1e-9;
  return Math.floor((index + 1) * ratio + eps) > Math.floor(index * ratio + eps);
}

function outcome(index: number, settings: TaskSettings): 'success' | 'fail' {
  return failsAt(index, settings.taskFailRatio) ? 'fail' : 'success';
}

export function planTask(
  operationId: string,
  vpcAccessName: string,
  target: VpcTarget,
  bindings: readonly VpcBindingRecord[],
  startedAt: number,
  settings: TaskSettings,
): VpcUpdateTaskRecord {
  const items: TaskItemRecord[] = bindings.map((binding, i) => ({ binding, outcome: outcome(i, settings) }));
  return { operationId, vpcAccessName, startedAt: startedAt + (settings.taskStartDelayMs ?? 0), stepMs: settings.taskStepMs, target, items, applied: 0 };
}

/** The update of every API published in a stage that uses a backend whose model changed. */
export function planBackendTask(
  operationId: string,
  backendId: string,
  stageName: StageName,
  published: readonly BackendBindingRecord[],
  startedAt: number,
  settings: TaskSettings,
): BackendUpdateTaskRecord {
  const items: BackendTaskItemRecord[] = published.map((b, i) => ({ apiId: b.apiId, stageName, outcome: outcome(i, settings) }));
  return { operationId, backendId, startedAt: startedAt + (settings.taskStartDelayMs ?? 0), stepMs: settings.taskStepMs, items };
}

export function itemStatus(task: TimedTask, index: number, now: number): UpdateStatus {
  const item = task.items[index];
  if (!item) return 'init';
  const elapsed = now - task.startedAt;
  if (elapsed >= (index + 1) * task.stepMs) return item.outcome;
  if (elapsed >= index * task.stepMs) return 'running';
  return 'init';
}

/** Applies every item finished by `now` to the published APIs it updates. */
export function advanceTasks(state: ApiGatewayRegionState, now: number): void {
  for (const task of state.activeTasks) {
    while (task.applied < task.items.length) {
      const status = itemStatus(task, task.applied, now);
      if (status !== 'success' && status !== 'fail') break;
      const item = task.items[task.applied];
      if (item && status === 'success') {
        item.binding.vpcId = task.target.vpcId;
        item.binding.instanceId = task.target.instanceId;
        item.binding.port = task.target.port;
      }
      task.applied += 1;
    }
    if (task.applied >= task.items.length) state.activeTasks.delete(task);
  }
}
