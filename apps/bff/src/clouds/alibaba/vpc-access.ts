import {
  DescribeApisByVpcAccessRequest,
  DescribeUpdateVpcInfoTaskRequest,
  DescribeVpcAccessesRequest,
  ModifyVpcAccessAndUpdateApisRequest,
  RemoveVpcAccessRequest,
  SetVpcAccessRequest,
  type DescribeApisByVpcAccessResponseBodyApiVpcAccessInfosApiVpcAccessInfo as WireBoundApi,
  type DescribeVpcAccessesResponseBodyVpcAccessAttributesVpcAccessAttribute as WireVpcAccess,
} from '@alicloud/cloudapi20160714';
import type { Page } from '@portico/contracts/paging';
import type { PublishedApi, UnboundApi } from '@portico/contracts/published-apis';
import type { TaskApiResult } from '@portico/contracts/tasks';
import { vpcAuthorizationSearch, type CreateVpcAuthorization, type ModifyVpcAuthorization, type VpcAuthorization } from '@portico/contracts/vpc-authorizations';
import type { AlibabaGateway } from './client.ts';
import { allPages, MAX_PAGE_SIZE } from './paging.ts';
import { taskApiResult } from './task-status.ts';

function toVpcAuthorization(wire: WireVpcAccess): VpcAuthorization {
  return {
    id: wire.vpcAccessId ?? '',
    name: wire.name ?? '',
    vpcId: wire.vpcId ?? '',
    instanceId: wire.instanceId ?? '',
    port: Number(wire.port ?? 0),
    ...(wire.vpcTargetHostName ? { vpcTargetHostName: wire.vpcTargetHostName } : {}),
    ...(wire.description ? { description: wire.description } : {}),
    ...(wire.regionId ? { regionId: wire.regionId } : {}),
    ...(wire.createdTime ? { createdAt: wire.createdTime } : {}),
    tags: Object.fromEntries((wire.tags?.tagInfo ?? []).map((t) => [t.key ?? '', t.value ?? ''])),
  };
}

function toPublishedApi(wire: WireBoundApi): PublishedApi {
  return {
    apiId: wire.apiId ?? '',
    apiName: wire.apiName ?? '',
    groupId: wire.groupId ?? '',
    groupName: wire.groupName ?? '',
    stageId: wire.stageId ?? '',
    stageName: wire.stageName ?? '',
    ...(wire.method ? { method: wire.method } : {}),
    ...(wire.path ? { path: wire.path } : {}),
  };
}

/** DescribeVpcAccesses filters exactly by VpcId, InstanceId and Port, and by part of the Name. */
function searchFilter(search: string) {
  const target = vpcAuthorizationSearch(search);
  if ('vpcId' in target) return { vpcId: target.vpcId };
  if ('instanceId' in target) return { instanceId: target.instanceId };
  if ('port' in target) return { port: target.port };
  return { name: target.name, accurateQuery: false };
}

export async function listVpcAuthorizations(gw: AlibabaGateway, query: { page: number; pageSize: number; search?: string | undefined }): Promise<Page<VpcAuthorization>> {
  const request = new DescribeVpcAccessesRequest({
    pageNumber: query.page,
    pageSize: query.pageSize,
    ...(query.search ? searchFilter(query.search) : {}),
  });
  const { body } = await gw.read((client, runtime) => client.describeVpcAccessesWithOptions(request, runtime));
  return {
    items: (body?.vpcAccessAttributes?.vpcAccessAttribute ?? []).map(toVpcAuthorization),
    total: body?.totalCount ?? 0,
    page: body?.pageNumber ?? query.page,
    pageSize: body?.pageSize ?? query.pageSize,
  };
}

export async function findVpcAuthorization(gw: AlibabaGateway, name: string): Promise<VpcAuthorization | undefined> {
  const request = new DescribeVpcAccessesRequest({ name, accurateQuery: true, pageNumber: 1, pageSize: MAX_PAGE_SIZE });
  const { body } = await gw.read((client, runtime) => client.describeVpcAccessesWithOptions(request, runtime));
  const match = (body?.vpcAccessAttributes?.vpcAccessAttribute ?? []).find((wire) => wire.name === name);
  return match ? toVpcAuthorization(match) : undefined;
}

async function boundApiPage(gw: AlibabaGateway, name: string, pageNumber: number, pageSize: number) {
  const request = new DescribeApisByVpcAccessRequest({ vpcName: name, pageNumber, pageSize });
  const { body } = await gw.read((client, runtime) => client.describeApisByVpcAccessWithOptions(request, runtime));
  return { items: (body?.apiVpcAccessInfos?.apiVpcAccessInfo ?? []).map(toPublishedApi), total: body?.totalCount ?? 0 };
}

export async function countBoundApis(gw: AlibabaGateway, name: string): Promise<number> {
  return (await boundApiPage(gw, name, 1, 1)).total;
}

export const listBoundApis = (gw: AlibabaGateway, name: string): Promise<PublishedApi[]> => allPages((page, size) => boundApiPage(gw, name, page, size));

export async function createVpcAuthorization(gw: AlibabaGateway, input: CreateVpcAuthorization): Promise<{ id: string; requestId?: string }> {
  const request = new SetVpcAccessRequest({
    name: input.name,
    vpcId: input.vpcId,
    instanceId: input.instanceId,
    port: input.port,
    ...(input.vpcTargetHostName ? { vpcTargetHostName: input.vpcTargetHostName } : {}),
    ...(input.description ? { description: input.description } : {}),
  });
  // SetVpcAccess has no client token: never repeated, or a lost answer could create it twice.
  const { body } = await gw.write((client, runtime) => client.setVpcAccessWithOptions(request, runtime), false);
  return { id: body?.vpcAccessId ?? '', ...(body?.requestId ? { requestId: body.requestId } : {}) };
}

export async function modifyVpcAuthorization(
  gw: AlibabaGateway,
  name: string,
  input: ModifyVpcAuthorization & { clientToken: string },
): Promise<{ operationId?: string; requestId?: string }> {
  const request = new ModifyVpcAccessAndUpdateApisRequest({
    name,
    vpcId: input.vpcId,
    instanceId: input.instanceId,
    port: input.port,
    vpcTargetHostName: input.vpcTargetHostName ?? '',
    refresh: input.refresh,
    needBatchWork: input.needBatchWork,
    token: input.clientToken,
  });
  // The Token makes a repeat answer with the first result, so this write may be retried.
  const { body } = await gw.write((client, runtime) => client.modifyVpcAccessAndUpdateApisWithOptions(request, runtime), true);
  return {
    ...(body?.operationId ? { operationId: body.operationId } : {}),
    ...(body?.requestId ? { requestId: body.requestId } : {}),
  };
}

export async function removeVpcAuthorization(
  gw: AlibabaGateway,
  target: Pick<VpcAuthorization, 'vpcId' | 'instanceId' | 'port'>,
): Promise<{ unboundApis: UnboundApi[]; requestId?: string }> {
  const request = new RemoveVpcAccessRequest({ vpcId: target.vpcId, instanceId: target.instanceId, port: target.port });
  const { body } = await gw.write((client, runtime) => client.removeVpcAccessWithOptions(request, runtime), false);
  const unboundApis = (body?.apis?.api ?? []).map((api) => ({ apiId: api.apiId ?? '', groupId: api.groupId ?? '', stageId: api.stageId ?? '' }));
  return { unboundApis, ...(body?.requestId ? { requestId: body.requestId } : {}) };
}

export async function describeVpcUpdateTask(gw: AlibabaGateway, operationId: string): Promise<TaskApiResult[]> {
  const request = new DescribeUpdateVpcInfoTaskRequest({ operationUid: operationId });
  const { body } = await gw.read((client, runtime) => client.describeUpdateVpcInfoTaskWithOptions(request, runtime));
  return (body?.apiUpdateVpcInfoResults?.apiUpdateVpcInfoResult ?? []).map(taskApiResult);
}
