import type { CallContext } from '../../core/context.ts';
import { hashHex, newHexId } from '../../core/ids.ts';
import { paginate } from '../../core/paging.ts';
import type {
  AddIpControlPolicyItemRequest,
  AddIpControlPolicyItemResponse,
  ApiGatewayApi,
  ApiGroupAttribute,
  ApiIpControlItem,
  ApiUpdateBackendResult,
  ApiUpdateVpcInfoResult,
  ApiVpcAccessInfo,
  BackendApiInfo,
  CreateIpControlRequest,
  CreateIpControlResponse,
  DeleteIpControlRequest,
  ModifyIpControlRequest,
  RemoveIpControlApisRequest,
  SetIpControlApisRequest,
  BackendConfig,
  BackendListItem,
  BackendModelInfo,
  CreateBackendModelRequest,
  CreateBackendModelResponse,
  DeployedApiItem,
  DescribeApiGroupsRequest,
  DescribeApiGroupsResponse,
  DescribeApiIpControlsRequest,
  DescribeApiIpControlsResponse,
  DescribeApisByBackendRequest,
  DescribeApisByBackendResponse,
  DescribeApisByIpControlRequest,
  DescribeApisByIpControlResponse,
  DescribeApisByVpcAccessRequest,
  DescribeApisByVpcAccessResponse,
  DescribeBackendInfoRequest,
  DescribeBackendInfoResponse,
  DescribeBackendListRequest,
  DescribeBackendListResponse,
  DescribeDeployedApisRequest,
  DescribeDeployedApisResponse,
  DescribeIpControlPolicyItemsRequest,
  DescribeIpControlPolicyItemsResponse,
  DescribeIpControlsRequest,
  DescribeIpControlsResponse,
  DescribeUpdateBackendTaskRequest,
  DescribeUpdateBackendTaskResponse,
  DescribeUpdateVpcInfoTaskRequest,
  DescribeUpdateVpcInfoTaskResponse,
  DescribeVpcAccessesRequest,
  DescribeVpcAccessesResponse,
  EmptyResponse,
  IpControlApiInfo,
  IpControlInfo,
  IpControlPolicyItem,
  ModifyBackendModelRequest,
  ModifyBackendModelResponse,
  ModifyIpControlPolicyItemRequest,
  ModifyVpcAccessAndUpdateApisRequest,
  ModifyVpcAccessAndUpdateApisResponse,
  RemoveIpControlPolicyItemRequest,
  RemoveVpcAccessRequest,
  RemoveVpcAccessResponse,
  SetVpcAccessRequest,
  SetVpcAccessResponse,
  Tag,
  TagInfo,
  VpcAccessAttribute,
} from './api.ts';
import { isBackendType, parseBackendModelData, type VpcAccessLookup } from './backend-models.ts';
import { cidrEntries, cidrProblem, MAX_CIDR_ENTRIES } from './cidr.ts';
import {
  IdempotentParameterMismatchError,
  InvalidParameterError,
  IpControlInUseError,
  MissingParameterError,
  NotFoundApiError,
  NotFoundApiGroupError,
  NotFoundBackendError,
  NotFoundBackendModelError,
  NotFoundIpControlError,
  NotFoundOperationError,
  NotFoundPolicyItemError,
  NotFoundVpcAccessError,
  NotFoundVpcError,
  PolicyItemLimitExceededError,
  RepeatedBackendModelError,
  VpcAccessExistsError,
} from './errors.ts';
import { isoChinaTime, isoMillisUtc, isoSeconds } from './formats.ts';
import {
  type ApiGatewayRegionState,
  type ApiGatewayStore,
  type ApiGroupRecord,
  type BackendBindingRecord,
  type BackendModelRecord,
  type BackendRecord,
  type IpControlBindingRecord,
  type IpControlRecord,
  type IpControlType,
  type PolicyItemRecord,
  STAGE_NAMES,
  type StageName,
  type VpcAccessRecord,
  type VpcBindingRecord,
  type VpcTarget,
} from './store.ts';
import {
  advanceTasks,
  BACKEND_FAILURE_MESSAGE,
  FAILURE_MESSAGE,
  itemStatus,
  planBackendTask,
  planTask,
  SUCCESS_MESSAGE,
  type TaskSettings,
  type UpdateStatus,
} from './tasks.ts';

/** Documented paging: pages start at 1; 10 entries by default; at most 100. */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/** DescribeApiGroups documents a smaller maximum: 50. */
export const MAX_GROUP_PAGE_SIZE = 50;

function paging(req: { PageNumber?: number; PageSize?: number }, maxPageSize = MAX_PAGE_SIZE): { pageNumber: number; pageSize: number } {
  const pageNumber = req.PageNumber ?? 1;
  const pageSize = req.PageSize ?? DEFAULT_PAGE_SIZE;
  if (pageNumber < 1) throw new InvalidParameterError('PageNumber', 'Pages start from 1.');
  if (pageSize < 1 || pageSize > maxPageSize) {
    throw new InvalidParameterError('PageSize', `Valid values: 1 to ${maxPageSize}.`);
  }
  return { pageNumber, pageSize };
}

function checkPort(port: number): void {
  if (port < 1 || port > 65535) throw new InvalidParameterError('Port', 'Valid values: 1 to 65535.');
}

function checkVpcId(vpcId: string): void {
  if (!/^vpc-[A-Za-z0-9-]+$/.test(vpcId)) throw new NotFoundVpcError(vpcId);
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

/** Documented caps: a policy holds at most 10 entries, an ACL at most 100 policies, a removal names at most 100. */
export const MAX_POLICY_ITEMS_PER_IP_CONTROL = 100;
export const MAX_POLICY_ITEM_IDS_PER_REMOVAL = 100;

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new MissingParameterError(name);
  return value;
}

function stageNameOf(value: string): StageName {
  const stage = STAGE_NAMES.find((s) => s === value);
  if (!stage) throw new InvalidParameterError('StageName', `Valid values: ${STAGE_NAMES.join(', ')}.`);
  return stage;
}

/** StageName in any case, as the documented examples send it (`test`); answered in upper case. */
function stageNameAnyCase(value: string): StageName {
  return stageNameOf(value.toUpperCase());
}

/** DescribeApiGroups' Sort: by modification time, desc (default) or asc. */
function sortOrder(value: string | undefined): 'asc' | 'desc' {
  const sort = (value ?? 'desc').toLowerCase();
  if (sort !== 'asc' && sort !== 'desc') throw new InvalidParameterError('Sort', 'Valid values: asc, desc.');
  return sort;
}

/** Documented cap of DescribeApiIpControls' ApiIds. */
export const MAX_API_IDS = 100;

/** ApiIds: comma-separated, at most 100. */
function apiIdSet(value: string): Set<string> {
  const ids = new Set(
    value
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );
  if (ids.size > MAX_API_IDS) throw new InvalidParameterError('ApiIds', `At most ${MAX_API_IDS} API ids, separated by commas.`);
  return ids;
}

function toApiGroupAttribute(record: ApiGroupRecord, regionId: string): ApiGroupAttribute {
  const out: ApiGroupAttribute = {
    GroupId: record.groupId,
    GroupName: record.groupName,
    SubDomain: record.subDomain,
    Description: record.description,
    CreatedTime: isoSeconds(record.createdAt),
    ModifiedTime: isoSeconds(record.modifiedAt),
    RegionId: regionId,
    TrafficLimit: record.trafficLimit,
    BillingStatus: record.billingStatus,
    IllegalStatus: record.illegalStatus,
    InstanceId: record.instanceId,
    InstanceType: record.instanceType,
    HttpsPolicy: record.httpsPolicy,
    BasePath: record.basePath,
  };
  if (record.tags.length > 0) out.Tags = { TagInfo: record.tags.map((t) => ({ Key: t.Key, Value: t.Value })) };
  return out;
}

function sameTags(tags: readonly TagInfo[], wanted: readonly Tag[] | undefined): boolean {
  if (!wanted) return true;
  return wanted.every((w) => tags.some((t) => t.Key === w.Key && (w.Value === undefined || t.Value === w.Value)));
}

/** A name filter where `*` matches anything; otherwise the name must match exactly. */
function namePattern(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`, 's');
}

/** The CidrIp value as stored: its entries trimmed, checked and joined again. */
function checkedCidrIp(cidrIp: string): string {
  const entries = cidrEntries(cidrIp);
  if (entries.length > MAX_CIDR_ENTRIES) {
    throw new InvalidParameterError(
      'CidrIp',
      `A policy holds at most ${MAX_CIDR_ENTRIES} IP addresses or CIDR blocks, separated by semicolons; ${entries.length} were given.`,
    );
  }
  for (const entry of entries) {
    const problem = cidrProblem(entry);
    if (problem) throw new InvalidParameterError('CidrIp', problem);
  }
  return entries.join(';');
}

/**
 * SetVpcAccess `Name`: at most 50 letters (Chinese too), digits, `-`, `_`, `.`, starting with a
 * letter or digit (the contracts' NewVpcAuthorizationName is the same rule).
 */
const VPC_ACCESS_NAME = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,49}$/u;

function checkVpcAccessName(name: string): void {
  if (!VPC_ACCESS_NAME.test(name)) {
    throw new InvalidParameterError(
      'VpcAccessName',
      'The name can be up to 50 characters long, may contain letters, Chinese characters, digits, hyphens (-), underscores (_) and dots (.), and must start with a letter or a digit.',
    );
  }
}

/** CreateIpControl / ModifyIpControl: 4 to 50 letters (Chinese too), digits, `_`, not starting with `_`. */
const IP_CONTROL_NAME = /^[A-Za-z0-9\u4e00-\u9fa5][A-Za-z0-9_\u4e00-\u9fa5]{3,49}$/u;
export const MAX_IP_CONTROL_DESCRIPTION = 200;

function checkIpControlName(name: string): void {
  if (!IP_CONTROL_NAME.test(name)) {
    throw new InvalidParameterError(
      'IpControlName',
      'The name must be 4 to 50 characters long, may contain letters, Chinese characters, digits and underscores (_), and cannot start with an underscore.',
    );
  }
}

function checkIpControlDescription(description: string | undefined): void {
  if (description !== undefined && [...description].length > MAX_IP_CONTROL_DESCRIPTION) {
    throw new InvalidParameterError('Description', `The description can be up to ${MAX_IP_CONTROL_DESCRIPTION} characters long.`);
  }
}

function ipControlTypeOf(value: string): IpControlType {
  if (value !== 'ALLOW' && value !== 'REFUSE') throw new InvalidParameterError('IpControlType', 'Valid values: ALLOW, REFUSE.');
  return value;
}

function toIpControlInfo(record: IpControlRecord, regionId: string): IpControlInfo {
  return {
    IpControlId: record.ipControlId,
    IpControlName: record.name,
    IpControlType: record.type,
    Description: record.description,
    RegionId: regionId,
    CreateTime: isoSeconds(record.createdAt),
    ModifiedTime: isoSeconds(record.modifiedAt),
  };
}

function toPolicyItem(item: PolicyItemRecord): IpControlPolicyItem {
  return {
    PolicyItemId: item.policyItemId,
    AppId: item.appId,
    CidrIp: item.cidrIp,
    CreateTime: isoSeconds(item.createdAt),
    ModifiedTime: isoSeconds(item.modifiedAt),
  };
}

function toBackendListItem(record: BackendRecord): BackendListItem {
  return {
    BackendId: record.backendId,
    BackendName: record.name,
    BackendType: record.type,
    Description: record.description,
    CreatedTime: isoSeconds(record.createdAt),
    ModifiedTime: isoSeconds(record.modifiedAt),
    Tags: record.tags.map((t) => ({ Key: t.Key, Value: t.Value })),
  };
}

/** The VPC access authorizations of a region, as a VPC backend model looks them up. */
function vpcAccessLookup(state: ApiGatewayRegionState): VpcAccessLookup {
  return {
    byId: (id) => state.vpcAccesses.get(id),
    byName: (name) => state.vpcAccessByName(name),
    byEndpoint: (vpcId, instanceId, port) => state.vpcAccessByEndpoint(vpcId, instanceId, port),
  };
}

function byNewestCreated<T extends { readonly createdAt: number }>(id: (r: T) => string): (a: T, b: T) => number {
  return (a, b) => b.createdAt - a.createdAt || (id(a) < id(b) ? -1 : 1);
}

/** A policy id as the cloud writes them: P, the creation time in milliseconds, two digits. */
function newPolicyItemId(state: ApiGatewayRegionState, now: number): string {
  const taken = new Set<string>();
  for (const acl of state.ipControls.values()) for (const item of acl.items) taken.add(item.policyItemId);
  for (let ms = now; ; ms++) {
    for (let n = 0; n < 100; n++) {
      const id = `P${ms}${String(n).padStart(2, '0')}`;
      if (!taken.has(id)) return id;
    }
  }
}

function updateMessage(status: UpdateStatus, failure: string): string {
  return status === 'success' ? SUCCESS_MESSAGE : status === 'fail' ? failure : '';
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
        sameTags(r.tags, req.Tag),
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
    checkVpcAccessName(req.Name);
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

  modifyVpcAccessAndUpdateApis(ctx: CallContext, req: ModifyVpcAccessAndUpdateApisRequest): ModifyVpcAccessAndUpdateApisResponse {
    const state = this.state(ctx);
    advanceTasks(state, ctx.now);
    const token = clientToken(ctx, req.Token, [req.Name, req.VpcId, req.InstanceId, req.Port, req.VpcTargetHostName, req.Refresh, req.NeedBatchWork]);
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
        ErrorMsg: updateMessage(status, FAILURE_MESSAGE),
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
    const bindings = req.VpcName === undefined ? [...state.bindingsByVpcAccessName.values()].flat() : state.bindingsOf(req.VpcName);
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

  // --- IP access control -------------------------------------------------------

  describeIpControls(ctx: CallContext, req: DescribeIpControlsRequest): DescribeIpControlsResponse {
    const { pageNumber, pageSize } = paging(req);
    if (req.IpControlType !== undefined && req.IpControlType !== 'ALLOW' && req.IpControlType !== 'REFUSE') {
      throw new InvalidParameterError('IpControlType', 'Valid values: ALLOW, REFUSE.');
    }
    const name = req.IpControlName?.toLowerCase();
    const matches = [...this.state(ctx).ipControls.values()].filter(
      (r) =>
        (req.IpControlId === undefined || r.ipControlId === req.IpControlId) &&
        (name === undefined || r.name.toLowerCase().includes(name)) &&
        (req.IpControlType === undefined || r.type === req.IpControlType),
    );
    const page = paginate(matches.sort(byNewestCreated((r) => r.ipControlId)), pageNumber, pageSize);
    return {
      TotalCount: page.totalCount,
      PageNumber: page.pageNumber,
      PageSize: page.pageSize,
      IpControlInfos: { IpControlInfo: page.items.map((r) => toIpControlInfo(r, ctx.regionId)) },
    };
  }

  describeIpControlPolicyItems(ctx: CallContext, req: DescribeIpControlPolicyItemsRequest): DescribeIpControlPolicyItemsResponse {
    const { pageNumber, pageSize } = paging(req);
    const acl = this.ipControl(this.state(ctx), required(req.IpControlId, 'IpControlId'));
    const items = acl.items.filter((i) => req.PolicyItemId === undefined || i.policyItemId === req.PolicyItemId);
    const page = paginate(items, pageNumber, pageSize);
    return {
      TotalCount: page.totalCount,
      PageNumber: page.pageNumber,
      PageSize: page.pageSize,
      IpControlPolicyItems: { IpControlPolicyItem: page.items.map(toPolicyItem) },
    };
  }

  addIpControlPolicyItem(ctx: CallContext, req: AddIpControlPolicyItemRequest): AddIpControlPolicyItemResponse {
    const state = this.state(ctx);
    const acl = this.ipControl(state, req.IpControlId);
    const cidrIp = checkedCidrIp(req.CidrIp);
    if (acl.items.length >= MAX_POLICY_ITEMS_PER_IP_CONTROL) throw new PolicyItemLimitExceededError(MAX_POLICY_ITEMS_PER_IP_CONTROL);
    const now = Math.floor(ctx.now / 1000) * 1000;
    const item: PolicyItemRecord = {
      policyItemId: newPolicyItemId(state, ctx.now),
      cidrIp,
      appId: acl.type === 'ALLOW' ? (req.AppId ?? '') : '',
      createdAt: now,
      modifiedAt: now,
    };
    acl.items.push(item);
    acl.modifiedAt = now;
    return { PolicyItemId: item.policyItemId };
  }

  /** A full replacement of the policy: an absent AppId clears it; a REFUSE list ignores it. */
  modifyIpControlPolicyItem(ctx: CallContext, req: ModifyIpControlPolicyItemRequest): EmptyResponse {
    const acl = this.ipControl(this.state(ctx), req.IpControlId);
    const item = acl.items.find((i) => i.policyItemId === req.PolicyItemId);
    if (!item) throw new NotFoundPolicyItemError(req.PolicyItemId, acl.ipControlId);
    item.cidrIp = checkedCidrIp(req.CidrIp);
    item.appId = acl.type === 'ALLOW' ? (req.AppId ?? '') : '';
    item.modifiedAt = Math.floor(ctx.now / 1000) * 1000;
    acl.modifiedAt = item.modifiedAt;
    return {};
  }

  /** All or nothing: an unknown id anywhere in the list removes none. */
  removeIpControlPolicyItem(ctx: CallContext, req: RemoveIpControlPolicyItemRequest): EmptyResponse {
    const acl = this.ipControl(this.state(ctx), req.IpControlId);
    const ids = [
      ...new Set(
        req.PolicyItemIds.split(';')
          .map((id) => id.trim())
          .filter((id) => id !== ''),
      ),
    ];
    if (ids.length === 0) throw new MissingParameterError('PolicyItemIds');
    if (ids.length > MAX_POLICY_ITEM_IDS_PER_REMOVAL) {
      throw new InvalidParameterError('PolicyItemIds', `At most ${MAX_POLICY_ITEM_IDS_PER_REMOVAL} ids, separated by semicolons.`);
    }
    for (const id of ids) {
      if (!acl.items.some((i) => i.policyItemId === id)) throw new NotFoundPolicyItemError(id, acl.ipControlId);
    }
    const remaining = acl.items.filter((i) => !ids.includes(i.policyItemId));
    acl.items.splice(0, acl.items.length, ...remaining);
    acl.modifiedAt = Math.floor(ctx.now / 1000) * 1000;
    return {};
  }

  describeApisByIpControl(ctx: CallContext, req: DescribeApisByIpControlRequest): DescribeApisByIpControlResponse {
    const { pageNumber, pageSize } = paging(req);
    const state = this.state(ctx);
    const acl = this.ipControl(state, req.IpControlId);
    const infos: IpControlApiInfo[] = [];
    for (const binding of state.ipControlBindings.get(acl.ipControlId) ?? []) {
      const described = this.describeIpControlBinding(state, binding);
      if (described) infos.push(described);
    }
    const page = paginate(infos, pageNumber, pageSize);
    return { TotalCount: page.totalCount, PageNumber: page.pageNumber, PageSize: page.pageSize, ApiInfos: { ApiInfo: page.items } };
  }

  createIpControl(ctx: CallContext, req: CreateIpControlRequest): CreateIpControlResponse {
    checkIpControlName(req.IpControlName);
    const type = ipControlTypeOf(req.IpControlType);
    checkIpControlDescription(req.Description);
    const policies = req.IpControlPolicys ?? [];
    if (policies.length > MAX_POLICY_ITEMS_PER_IP_CONTROL) {
      throw new InvalidParameterError(
        'IpControlPolicys',
        `At most ${MAX_POLICY_ITEMS_PER_IP_CONTROL} policies (IpControlPolicys.1 to IpControlPolicys.${MAX_POLICY_ITEMS_PER_IP_CONTROL}).`,
      );
    }
    const cidrIps = policies.map((p, i) => checkedCidrIp(required(p.CidrIp, `IpControlPolicys.${i + 1}.CidrIp`)));
    const state = this.state(ctx);
    const now = Math.floor(ctx.now / 1000) * 1000;
    const acl: IpControlRecord = {
      ipControlId: newHexId(),
      name: req.IpControlName,
      type,
      description: req.Description ?? '',
      createdAt: now,
      modifiedAt: now,
      items: [],
    };
    state.ipControls.set(acl.ipControlId, acl);
    policies.forEach((p, i) => {
      acl.items.push({
        policyItemId: newPolicyItemId(state, ctx.now),
        cidrIp: cidrIps[i] ?? '',
        appId: type === 'ALLOW' ? (p.AppId ?? '') : '',
        createdAt: now,
        modifiedAt: now,
      });
    });
    return { IpControlId: acl.ipControlId };
  }

  /** Name and description only; an absent parameter keeps its value. */
  modifyIpControl(ctx: CallContext, req: ModifyIpControlRequest): EmptyResponse {
    if (req.IpControlName !== undefined) checkIpControlName(req.IpControlName);
    checkIpControlDescription(req.Description);
    const acl = this.ipControl(this.state(ctx), req.IpControlId);
    if (req.IpControlName !== undefined) acl.name = req.IpControlName;
    if (req.Description !== undefined) acl.description = req.Description;
    acl.modifiedAt = Math.floor(ctx.now / 1000) * 1000;
    return {};
  }

  /** Documented: an ACL still bound to APIs is refused; an ACL that does not exist answers success. */
  deleteIpControl(ctx: CallContext, req: DeleteIpControlRequest): EmptyResponse {
    const state = this.state(ctx);
    const acl = state.ipControls.get(req.IpControlId);
    if (!acl) return {};
    const bound = state.ipControlBindings.get(acl.ipControlId) ?? [];
    if (bound.length > 0) throw new IpControlInUseError(acl.ipControlId, bound.length);
    state.ipControls.delete(acl.ipControlId);
    return {};
  }

  /** Binds the ACL to APIs of a group in a stage; an API guarded by another ACL there moves to this one. */
  setIpControlApis(ctx: CallContext, req: SetIpControlApisRequest): EmptyResponse {
    const stageName = stageNameAnyCase(req.StageName);
    const ids = apiIdSet(req.ApiIds);
    if (ids.size === 0) throw new MissingParameterError('ApiIds');
    const state = this.state(ctx);
    const acl = this.ipControl(state, req.IpControlId);
    const group = this.group(state, req.GroupId);
    for (const apiId of ids) {
      if (state.apis.get(apiId)?.groupId !== group.groupId) throw new NotFoundApiError(apiId, group.groupId);
    }
    const boundAt = Math.floor(ctx.now / 1000) * 1000;
    for (const apiId of ids) {
      if (state.ipControlOf(stageName, apiId)?.ipControlId === acl.ipControlId) continue;
      state.unbindIpControl(stageName, apiId);
      state.bindIpControl(acl.ipControlId, { apiId, stageName, boundAt });
    }
    return {};
  }

  /** Unbinds the named APIs (or, without ApiIds, every API of the group in the stage) from this ACL; others are left alone. */
  removeIpControlApis(ctx: CallContext, req: RemoveIpControlApisRequest): EmptyResponse {
    const stageName = stageNameAnyCase(req.StageName);
    const ids = req.ApiIds === undefined ? undefined : apiIdSet(req.ApiIds);
    const state = this.state(ctx);
    const acl = this.ipControl(state, req.IpControlId);
    const group = this.group(state, req.GroupId);
    const bound = (state.ipControlBindings.get(acl.ipControlId) ?? []).filter(
      (b) => b.stageName === stageName && state.apis.get(b.apiId)?.groupId === group.groupId && (ids === undefined || ids.has(b.apiId)),
    );
    for (const binding of bound) state.unbindIpControl(stageName, binding.apiId);
    return {};
  }

  // --- Backend services and models ------------------------------------------------

  describeBackendList(ctx: CallContext, req: DescribeBackendListRequest): DescribeBackendListResponse {
    const { pageNumber, pageSize } = paging(req);
    const name = req.BackendName === undefined ? undefined : namePattern(req.BackendName);
    const matches = [...this.state(ctx).backends.values()].filter(
      (r) => (name === undefined || name.test(r.name)) && (req.BackendType === undefined || r.type === req.BackendType) && sameTags(r.tags, req.Tag),
    );
    const page = paginate(matches.sort(byNewestCreated((r) => r.backendId)), pageNumber, pageSize);
    return {
      TotalCount: page.totalCount,
      PageNumber: page.pageNumber,
      PageSize: page.pageSize,
      BackendInfoList: page.items.map(toBackendListItem),
    };
  }

  describeBackendInfo(ctx: CallContext, req: DescribeBackendInfoRequest): DescribeBackendInfoResponse {
    const backend = this.backend(this.state(ctx), required(req.BackendId, 'BackendId'));
    return {
      BackendInfo: {
        BackendId: backend.backendId,
        BackendName: backend.name,
        BackendType: backend.type,
        Description: backend.description,
        CreatedTime: isoChinaTime(backend.createdAt),
        ModifiedTime: isoChinaTime(backend.modifiedAt),
        BackendModels: [...backend.models.values()].map((m) => this.describeModel(ctx, m)),
      },
    };
  }

  createBackendModel(ctx: CallContext, req: CreateBackendModelRequest): CreateBackendModelResponse {
    const backendId = required(req.BackendId, 'BackendId');
    const stageName = stageNameOf(required(req.StageName, 'StageName'));
    const backendType = required(req.BackendType, 'BackendType');
    const data = required(req.BackendModelData, 'BackendModelData');
    const state = this.state(ctx);
    const backend = this.backend(state, backendId);
    this.checkBackendType(backend, backendType);
    if (backend.models.has(stageName)) throw new RepeatedBackendModelError(backend.backendId, stageName);
    const config = this.parseModel(state, backend, data);
    const now = Math.floor(ctx.now / 1000) * 1000;
    const model: BackendModelRecord = {
      backendModelId: newHexId(),
      stageName,
      config,
      description: req.Description ?? '',
      createdAt: now,
      modifiedAt: now,
    };
    backend.models.set(stageName, model);
    return { BackendModelId: model.backendModelId };
  }

  /**
   * Changes a stage's model and re-syncs, one by one, every API published in that
   * stage that uses the backend. `ClientToken` replays answer the first result.
   */
  modifyBackendModel(ctx: CallContext, req: ModifyBackendModelRequest): ModifyBackendModelResponse {
    const state = this.state(ctx);
    const token = clientToken(ctx, req.ClientToken, [req.BackendId, req.BackendModelId, req.StageName, req.BackendType, req.BackendModelData, req.Description]);
    const earlier = token && replay<ModifyBackendModelResponse>(state, token);
    if (earlier) return earlier;

    const backend = this.backend(state, required(req.BackendId, 'BackendId'));
    const model = this.modelToModify(backend, req);
    if (req.BackendType !== undefined) this.checkBackendType(backend, req.BackendType);
    const config = req.BackendModelData === undefined ? model.config : this.parseModel(state, backend, req.BackendModelData);
    model.config = config;
    if (req.Description !== undefined) model.description = req.Description;
    model.modifiedAt = Math.floor(ctx.now / 1000) * 1000;

    const published = state.backendUsers(backend.backendId, model.stageName);
    const task = planBackendTask(newHexId(), backend.backendId, model.stageName, published, ctx.now, this.settings());
    state.backendTasks.set(task.operationId, task);
    const response: ModifyBackendModelResponse = { OperationId: task.operationId };
    if (token) state.clientTokens.set(token.key, { fingerprint: token.fingerprint, response });
    return response;
  }

  describeUpdateBackendTask(ctx: CallContext, req: DescribeUpdateBackendTaskRequest): DescribeUpdateBackendTaskResponse {
    const state = this.state(ctx);
    const task = state.backendTasks.get(req.OperationUid);
    if (!task) throw new NotFoundOperationError(req.OperationUid);
    const results: ApiUpdateBackendResult[] = [];
    task.items.forEach((item, index) => {
      const api = state.apis.get(item.apiId);
      const group = api ? state.groups.get(api.groupId) : undefined;
      if (!api || !group) return;
      const status = itemStatus(task, index, ctx.now);
      results.push({
        ApiUid: api.apiId,
        ApiName: api.apiName,
        GroupId: group.groupId,
        GroupName: group.groupName,
        StageId: group.stageIds[item.stageName],
        StageName: item.stageName,
        BackendId: task.backendId,
        UpdateStatus: status,
        ErrorMsg: updateMessage(status, BACKEND_FAILURE_MESSAGE),
      });
    });
    return { ApiUpdateBackendResults: { ApiUpdateBackendResult: results } };
  }

  describeApisByBackend(ctx: CallContext, req: DescribeApisByBackendRequest): DescribeApisByBackendResponse {
    const { pageNumber, pageSize } = paging(req);
    const stageName = req.StageName === undefined ? undefined : stageNameOf(req.StageName);
    const state = this.state(ctx);
    const backend = this.backend(state, req.BackendId);
    const infos: BackendApiInfo[] = [];
    for (const binding of state.backendUsers(backend.backendId, stageName)) {
      const described = this.describeBackendBinding(state, binding);
      if (described) infos.push(described);
    }
    const page = paginate(infos, pageNumber, pageSize);
    return { TotalCount: page.totalCount, PageNumber: page.pageNumber, PageSize: page.pageSize, ApiInfoList: { ApiInfo: page.items } };
  }

  // --- API groups and published APIs --------------------------------------------

  describeApiGroups(ctx: CallContext, req: DescribeApiGroupsRequest): DescribeApiGroupsResponse {
    const { pageNumber, pageSize } = paging(req, MAX_GROUP_PAGE_SIZE);
    const sign = sortOrder(req.Sort) === 'asc' ? 1 : -1;
    const name = req.GroupName?.toLowerCase();
    const matches = [...this.state(ctx).groups.values()].filter(
      (g) =>
        (req.GroupId === undefined || g.groupId === req.GroupId) &&
        (name === undefined || g.groupName.toLowerCase().includes(name)) &&
        (req.InstanceId === undefined || g.instanceId === req.InstanceId) &&
        (req.BasePath === undefined || g.basePath === req.BasePath) &&
        sameTags(g.tags, req.Tag),
    );
    matches.sort((a, b) => sign * (a.modifiedAt - b.modifiedAt) || (a.groupId < b.groupId ? -1 : 1));
    const page = paginate(matches, pageNumber, pageSize);
    return {
      TotalCount: page.totalCount,
      PageNumber: page.pageNumber,
      PageSize: page.pageSize,
      ApiGroupAttributes: { ApiGroupAttribute: page.items.map((g) => toApiGroupAttribute(g, ctx.regionId)) },
    };
  }

  /** The APIs published in a stage (RELEASE by default), newest deployment first. */
  describeDeployedApis(ctx: CallContext, req: DescribeDeployedApisRequest): DescribeDeployedApisResponse {
    const { pageNumber, pageSize } = paging(req);
    const stageName = stageNameAnyCase(req.StageName ?? 'RELEASE');
    const state = this.state(ctx);
    const only = req.GroupId === undefined ? undefined : this.group(state, req.GroupId);
    const name = req.ApiName?.toLowerCase();
    const method = req.ApiMethod?.toUpperCase();
    const published = only === undefined ? state.deployedIn(stageName) : state.deployedInGroup(stageName, only.groupId);
    const filtered =
      req.ApiId === undefined && name === undefined && req.ApiPath === undefined && method === undefined && req.Tag === undefined
        ? published
        : published.filter((d) => {
            const api = state.apis.get(d.apiId);
            const group = api && state.groups.get(api.groupId);
            return (
              api !== undefined &&
              group !== undefined &&
              (req.ApiId === undefined || api.apiId === req.ApiId) &&
              (name === undefined || api.apiName.toLowerCase().includes(name)) &&
              (req.ApiPath === undefined || api.path === req.ApiPath) &&
              (method === undefined || api.method === method) &&
              sameTags(group.tags, req.Tag)
            );
          });
    const page = paginate(filtered, pageNumber, pageSize);
    const items: DeployedApiItem[] = [];
    for (const deployment of page.items) {
      const api = state.apis.get(deployment.apiId);
      const group = api && state.groups.get(api.groupId);
      if (!api || !group) continue;
      items.push({
        RegionId: state.regionId,
        GroupId: group.groupId,
        GroupName: group.groupName,
        StageName: stageName,
        ApiId: api.apiId,
        ApiName: api.apiName,
        Visibility: api.visibility,
        Description: api.description,
        DeployedTime: isoSeconds(deployment.deployedAt),
        ApiMethod: api.method,
        ApiPath: api.path,
      });
    }
    return { TotalCount: page.totalCount, PageNumber: page.pageNumber, PageSize: page.pageSize, DeployedApis: { DeployedApiItem: items } };
  }

  /** The ACL of each API published in the group's stage that has one (APIs without an ACL are not listed). */
  describeApiIpControls(ctx: CallContext, req: DescribeApiIpControlsRequest): DescribeApiIpControlsResponse {
    const { pageNumber, pageSize } = paging(req);
    const stageName = stageNameAnyCase(req.StageName);
    const ids = req.ApiIds === undefined ? undefined : apiIdSet(req.ApiIds);
    const state = this.state(ctx);
    const group = this.group(state, req.GroupId);
    const items: ApiIpControlItem[] = [];
    for (const deployment of state.deployedInGroup(stageName, group.groupId)) {
      if (ids && !ids.has(deployment.apiId)) continue;
      const api = state.apis.get(deployment.apiId);
      if (!api) continue;
      const bound = state.ipControlOf(stageName, api.apiId);
      const acl = bound && state.ipControls.get(bound.ipControlId);
      if (!bound || !acl) continue;
      items.push({
        ApiId: api.apiId,
        ApiName: api.apiName,
        IpControlId: acl.ipControlId,
        IpControlName: acl.name,
        BoundTime: isoSeconds(bound.binding.boundAt),
      });
    }
    const page = paginate(items, pageNumber, pageSize);
    return { TotalCount: page.totalCount, PageNumber: page.pageNumber, PageSize: page.pageSize, ApiIpControls: { ApiIpControlItem: page.items } };
  }

  private group(state: ApiGatewayRegionState, groupId: string): ApiGroupRecord {
    const group = state.groups.get(groupId);
    if (!group) throw new NotFoundApiGroupError(groupId);
    return group;
  }

  private ipControl(state: ApiGatewayRegionState, ipControlId: string): IpControlRecord {
    const acl = state.ipControls.get(ipControlId);
    if (!acl) throw new NotFoundIpControlError(ipControlId);
    return acl;
  }

  private backend(state: ApiGatewayRegionState, backendId: string): BackendRecord {
    const backend = state.backends.get(backendId);
    if (!backend) throw new NotFoundBackendError(backendId);
    return backend;
  }

  private checkBackendType(backend: BackendRecord, backendType: string): void {
    if (!isBackendType(backendType)) {
      throw new InvalidParameterError('BackendType', 'Valid values: HTTP, VPC, OSS, FC_EVENT, FC_HTTP, FC_EVENT_V3, FC_HTTP_V3, MOCK, EVENTBRIDGE.');
    }
    if (backendType !== backend.type) {
      throw new InvalidParameterError('BackendType', `The backend ${backend.backendId} is of type ${backend.type}.`);
    }
  }

  private parseModel(state: ApiGatewayRegionState, backend: BackendRecord, data: string): BackendConfig {
    if (!isBackendType(backend.type)) throw new InvalidParameterError('BackendType', `Unsupported type ${backend.type}.`);
    return parseBackendModelData(backend.type, data, vpcAccessLookup(state));
  }

  /** The model named by BackendModelId (StageName, when also given, must be its stage), or the stage's model. */
  private modelToModify(backend: BackendRecord, req: ModifyBackendModelRequest): BackendModelRecord {
    const stageName = req.StageName === undefined ? undefined : stageNameOf(req.StageName);
    if (req.BackendModelId === undefined) {
      const byStage = stageName === undefined ? undefined : backend.models.get(stageName);
      if (stageName === undefined) throw new MissingParameterError('BackendModelId');
      if (!byStage) throw new NotFoundBackendModelError(`backend ${backend.backendId} has no model in stage ${stageName}`);
      return byStage;
    }
    const model = [...backend.models.values()].find((m) => m.backendModelId === req.BackendModelId);
    if (!model) throw new NotFoundBackendModelError(`${req.BackendModelId} of backend ${backend.backendId}`);
    if (stageName !== undefined && stageName !== model.stageName) {
      throw new InvalidParameterError('StageName', `The backend model ${model.backendModelId} belongs to stage ${model.stageName}.`);
    }
    return model;
  }

  private describeModel(ctx: CallContext, model: BackendModelRecord): BackendModelInfo {
    return {
      BackendModelId: model.backendModelId,
      StageName: model.stageName,
      StageModeId: hashHex(`stage:${ctx.accountId}:${ctx.regionId}:${model.stageName}`),
      Description: model.description,
      GmtCreate: isoMillisUtc(model.createdAt),
      GmtModified: isoMillisUtc(model.modifiedAt),
      BackendConfig: structuredClone(model.config),
    };
  }

  private describeIpControlBinding(state: ApiGatewayRegionState, binding: IpControlBindingRecord): IpControlApiInfo | undefined {
    const api = state.apis.get(binding.apiId);
    const group = api ? state.groups.get(api.groupId) : undefined;
    if (!api || !group) return undefined;
    return {
      RegionId: state.regionId,
      GroupId: group.groupId,
      GroupName: group.groupName,
      StageName: binding.stageName,
      ApiId: api.apiId,
      ApiName: api.apiName,
      Description: api.description,
      Visibility: api.visibility,
      BoundTime: isoSeconds(binding.boundAt),
    };
  }

  private describeBackendBinding(state: ApiGatewayRegionState, binding: BackendBindingRecord): BackendApiInfo | undefined {
    const api = state.apis.get(binding.apiId);
    const group = api ? state.groups.get(api.groupId) : undefined;
    if (!api || !group) return undefined;
    return {
      ApiId: api.apiId,
      ApiName: api.apiName,
      GroupId: group.groupId,
      GroupName: group.groupName,
      Method: api.method,
      Path: api.path,
      Description: api.description,
    };
  }

  private state(ctx: CallContext): ApiGatewayRegionState {
    return this.store.region(ctx.accountId, ctx.regionId);
  }

  private checkEndpointFree(state: ApiGatewayRegionState, target: VpcTarget, self?: VpcAccessRecord): void {
    const other = state.vpcAccessByEndpoint(target.vpcId, target.instanceId, target.port);
    if (other && other !== self) {
      throw new VpcAccessExistsError(`VpcId ${target.vpcId}, InstanceId ${target.instanceId} and Port ${target.port} are already authorized as ${other.name}.`);
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
