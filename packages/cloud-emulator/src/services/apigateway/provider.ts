import type { CallContext } from '../../core/context.ts';
import { newHexId } from '../../core/ids.ts';
import { paginate } from '../../core/paging.ts';
import { isoSeconds } from '../../core/time.ts';
import type {
  ApiGatewayApi,
  ApiUpdateVpcInfoResult,
  ApiVpcAccessInfo,
  DescribeApisByVpcAccessRequest,
  DescribeApisByVpcAccessResponse,
  DescribeUpdateVpcInfoTaskRequest,
  DescribeUpdateVpcInfoTaskResponse,
  DescribeVpcAccessesRequest,
  DescribeVpcAccessesResponse,
  ModifyVpcAccessAndUpdateApisRequest,
  ModifyVpcAccessAndUpdateApisResponse,
  RemoveVpcAccessRequest,
  RemoveVpcAccessResponse,
  SetVpcAccessRequest,
  SetVpcAccessResponse,
  Tag,
  VpcAccessAttribute,
} from './api.ts';
import {
  IdempotentParameterMismatchError,
  InvalidParameterError,
  NotFoundOperationError,
  NotFoundVpcAccessError,
  NotFoundVpcError,
  VpcAccessExistsError,
} from './errors.ts';
import type { ApiGatewayRegionState, ApiGatewayStore, VpcAccessRecord, VpcBindingRecord, VpcTarget } from './store.ts';
import { advanceTasks, FAILURE_MESSAGE, itemStatus, planTask, SUCCESS_MESSAGE, type TaskSettings } from './tasks.ts';

/** Documented paging: pages start at 1; 10 entries by default; at most 100. */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

function paging(req: { PageNumber?: number; PageSize?: number }): { pageNumber: number; pageSize: number } {
  const pageNumber = req.PageNumber ?? 1;
  const pageSize = req.PageSize ?? DEFAULT_PAGE_SIZE;
  if (pageNumber < 1) throw new InvalidParameterError('PageNumber', 'Pages start from 1.');
  if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new InvalidParameterError('PageSize', `Valid values: 1 to ${MAX_PAGE_SIZE}.`);
  }
  return { pageNumber, pageSize };
}

function checkPort(port: number): void {
  if (port < 1 || port > 65535) throw new InvalidParameterError('Port', 'Valid values: 1 to 65535.');
}

function checkVpcId(vpcId: string): void {
  if (!/^vpc-[A-Za-z0-9-]+$/.test(vpcId)) throw new NotFoundVpcError(vpcId);
}

function hasTags(record: VpcAccessRecord, wanted: readonly Tag[] | undefined): boolean {
  if (!wanted) return true;
  return wanted.every((w) => record.tags.some((t) => t.Key === w.Key && (w.Value === undefined || t.Value === w.Value)));
}

function toAttribute(record: VpcAccessRecord, regionId: string): VpcAccessAttribute {
  const out: VpcAccessAttribute = {
    VpcAccessId: record.vpcAccessId,
    Name: record.name,
    VpcId: record.vpcId,
    InstanceId: record.instanceId,
    Port: record.port,
    RegionId: regionId,
    CreatedTime: isoSeconds(record.createdAt),
  };
  if (record.description !== undefined) out.Description = record.description;
  if (record.vpcTargetHostName !== undefined) out.VpcTargetHostName = record.vpcTargetHostName;
  if (record.tags.length > 0) out.Tags = { TagInfo: record.tags.map((t) => ({ Key: t.Key, Value: t.Value })) };
  return out;
}

interface ClientToken {
  readonly key: string;
  readonly fingerprint: string;
}

/** A client token scoped to the action, with a fingerprint of the rest of the request. */
function clientToken(ctx: CallContext, token: string | undefined, request: readonly unknown[]): ClientToken | undefined {
  return token === undefined ? undefined : { key: `${ctx.action}\u0000${token}`, fingerprint: JSON.stringify(request) };
}

/** The first answer to a repeated request; IdempotentParameterMismatch when the token served another request. */
function replay<T extends object>(state: ApiGatewayRegionState, token: ClientToken): T | undefined {
  const earlier = state.clientTokens.get(token.key);
  if (!earlier) return undefined;
  if (earlier.fingerprint !== token.fingerprint) throw new IdempotentParameterMismatchError();
  return earlier.response as T;
}

/** Newest first, as the console lists them. */
function byNewest(a: VpcAccessRecord, b: VpcAccessRecord): number {
  return b.createdAt - a.createdAt || (a.vpcAccessId < b.vpcAccessId ? -1 : 1);
}

export class ApiGatewayProvider implements ApiGatewayApi {
  constructor(
    private readonly store: ApiGatewayStore,
    private readonly settings: () => TaskSettings,
  ) {}

  describeVpcAccesses(ctx: CallContext, req: DescribeVpcAccessesRequest): DescribeVpcAccessesResponse {
    const { pageNumber, pageSize } = paging(req);
    const state = this.state(ctx);
    const name = req.AccurateQuery ? req.Name : req.Name?.toLowerCase();
    const matches = [...state.vpcAccesses.values()].filter(
      (r) =>
        (req.VpcAccessId === undefined || r.vpcAccessId === req.VpcAccessId) &&
        (name === undefined || (req.AccurateQuery ? r.name === name : r.name.toLowerCase().includes(name))) &&
        (req.VpcId === undefined || r.vpcId === req.VpcId) &&
        (req.InstanceId === undefined || r.instanceId === req.InstanceId) &&
        (req.Port === undefined || String(r.port) === req.Port.trim()) &&
        hasTags(r, req.Tag),
    );
    const page = paginate(matches.sort(byNewest), pageNumber, pageSize);
    return {
      TotalCount: page.totalCount,
      PageNumber: page.pageNumber,
      PageSize: page.pageSize,
      VpcAccessAttributes: { VpcAccessAttribute: page.items.map((r) => toAttribute(r, ctx.regionId)) },
    };
  }

  setVpcAccess(ctx: CallContext, req: SetVpcAccessRequest): SetVpcAccessResponse {
    checkPort(req.Port);
    checkVpcId(req.VpcId);
    const state = this.state(ctx);
    if (state.vpcAccessByName(req.Name)) throw new VpcAccessExistsError(`The name ${req.Name} is already used.`);
    this.checkEndpointFree(state, { vpcId: req.VpcId, instanceId: req.InstanceId, port: req.Port });
    const record: VpcAccessRecord = {
      vpcAccessId: newHexId(),
      name: req.Name,
      vpcId: req.VpcId,
      instanceId: req.InstanceId,
      port: req.Port,
      createdAt: Math.floor(ctx.now / 1000) * 1000,
      tags: (req.Tag ?? []).map((t) => ({ Key: t.Key, Value: t.Value ?? '' })),
    };
    if (req.Description !== undefined) record.description = req.Description;
    if (req.VpcTargetHostName !== undefined) record.vpcTargetHostName = req.VpcTargetHostName;
    state.addVpcAccess(record);
    return { VpcAccessId: record.vpcAccessId };
  }

  modifyVpcAccessAndUpdateApis(
    ctx: CallContext,
    req: ModifyVpcAccessAndUpdateApisRequest,
  ): ModifyVpcAccessAndUpdateApisResponse {
    const state = this.state(ctx);
    advanceTasks(state, ctx.now);
    const token = clientToken(ctx, req.Token, [
      req.Name,
      req.VpcId,
      req.InstanceId,
      req.Port,
      req.VpcTargetHostName,
      req.Refresh,
      req.NeedBatchWork,
    ]);
    const earlier = token && replay<ModifyVpcAccessAndUpdateApisResponse>(state, token);
    if (earlier) return earlier;

    if (req.Port !== undefined) checkPort(req.Port);
    if (req.VpcId !== undefined) checkVpcId(req.VpcId);
    const record = state.vpcAccessByName(req.Name);
    if (!record) throw new NotFoundVpcAccessError(`Name: ${req.Name}.`);
    const target: VpcTarget = {
      vpcId: req.VpcId ?? record.vpcId,
      instanceId: req.InstanceId ?? record.instanceId,
      port: req.Port ?? record.port,
    };
    this.checkEndpointFree(state, target, record);
    state.retarget(record, target);
    if (req.VpcTargetHostName !== undefined) record.vpcTargetHostName = req.VpcTargetHostName;

    const bound = req.NeedBatchWork ? [...state.bindingsOf(record.name)] : [];
    const task = planTask(newHexId(), record.name, target, bound, ctx.now, this.settings());
    state.tasks.set(task.operationId, task);
    if (task.items.length > 0) state.activeTasks.add(task);

    const response: ModifyVpcAccessAndUpdateApisResponse = { OperationId: task.operationId };
    if (token) state.clientTokens.set(token.key, { fingerprint: token.fingerprint, response });
    return response;
  }

  describeUpdateVpcInfoTask(ctx: CallContext, req: DescribeUpdateVpcInfoTaskRequest): DescribeUpdateVpcInfoTaskResponse {
    const state = this.state(ctx);
    advanceTasks(state, ctx.now);
    const task = state.tasks.get(req.OperationUid);
    if (!task) throw new NotFoundOperationError(req.OperationUid);
    const results: ApiUpdateVpcInfoResult[] = [];
    task.items.forEach((item, index) => {
      const status = itemStatus(task, index, ctx.now);
      const described = this.describeBinding(state, item.binding);
      if (!described) return;
      results.push({
        ApiUid: described.ApiId,
        ApiName: described.ApiName,
        GroupId: described.GroupId,
        GroupName: described.GroupName,
        StageId: described.StageId,
        StageName: described.StageName,
        UpdateStatus: status,
        ErrorMsg: status === 'success' ? SUCCESS_MESSAGE : status === 'fail' ? FAILURE_MESSAGE : '',
      });
    });
    return { ApiUpdateVpcInfoResults: { ApiUpdateVpcInfoResult: results } };
  }

  removeVpcAccess(ctx: CallContext, req: RemoveVpcAccessRequest): RemoveVpcAccessResponse {
    checkPort(req.Port);
    const state = this.state(ctx);
    advanceTasks(state, ctx.now);
    const record = state.vpcAccessByEndpoint(req.VpcId, req.InstanceId, req.Port);
    if (!record) {
      throw new NotFoundVpcAccessError(`VpcId: ${req.VpcId}, InstanceId: ${req.InstanceId}, Port: ${req.Port}.`);
    }
    const apis = [];
    for (const binding of state.bindingsOf(record.name)) {
      const described = this.describeBinding(state, binding);
      if (described) apis.push({ ApiId: described.ApiId, GroupId: described.GroupId, StageId: described.StageId });
    }
    state.bindingsByVpcAccessName.delete(record.name);
    state.removeVpcAccess(record);
    return { Apis: { Api: apis } };
  }

  describeApisByVpcAccess(ctx: CallContext, req: DescribeApisByVpcAccessRequest): DescribeApisByVpcAccessResponse {
    const { pageNumber, pageSize } = paging(req);
    const state = this.state(ctx);
    advanceTasks(state, ctx.now);
    const bindings =
      req.VpcName === undefined ? [...state.bindingsByVpcAccessName.values()].flat() : state.bindingsOf(req.VpcName);
    const infos: ApiVpcAccessInfo[] = [];
    for (const binding of bindings) {
      const described = this.describeBinding(state, binding);
      if (described) infos.push(described);
    }
    const page = paginate(infos, pageNumber, pageSize);
    return {
      TotalCount: page.totalCount,
      PageNumber: page.pageNumber,
      PageSize: page.pageSize,
      ApiVpcAccessInfos: { ApiVpcAccessInfo: page.items },
    };
  }

  private state(ctx: CallContext): ApiGatewayRegionState {
    return this.store.region(ctx.accountId, ctx.regionId);
  }

  private checkEndpointFree(state: ApiGatewayRegionState, target: VpcTarget, self?: VpcAccessRecord): void {
    const other = state.vpcAccessByEndpoint(target.vpcId, target.instanceId, target.port);
    if (other && other !== self) {
      throw new VpcAccessExistsError(
        `VpcId ${target.vpcId}, InstanceId ${target.instanceId} and Port ${target.port} are already authorized as ${other.name}.`,
      );
    }
  }

  private describeBinding(state: ApiGatewayRegionState, binding: VpcBindingRecord): ApiVpcAccessInfo | undefined {
    const api = state.apis.get(binding.apiId);
    const group = api ? state.groups.get(api.groupId) : undefined;
    if (!api || !group) return undefined;
    return {
      ApiId: api.apiId,
      ApiName: api.apiName,
      GroupId: group.groupId,
      GroupName: group.groupName,
      StageId: group.stageIds[binding.stageName],
      StageName: binding.stageName,
      Method: api.method,
      Path: api.path,
      VpcId: binding.vpcId,
      VpcName: binding.vpcAccessName,
      InstanceId: binding.instanceId,
      Port: binding.port,
      RegionId: state.regionId,
      Description: api.description,
    };
  }
}
