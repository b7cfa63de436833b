import {
  CreateBackendModelRequest,
  DescribeApisByBackendRequest,
  DescribeBackendInfoRequest,
  DescribeBackendListRequest,
  DescribeUpdateBackendTaskRequest,
  type DescribeBackendInfoResponseBodyBackendInfoBackendModels as WireModel,
} from '@alicloud/cloudapi20160714';
import { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import type { Backend, BackendModelData, BackendType } from '@portico/contracts/backend-models';
import type { Page } from '@portico/contracts/paging';
import type { PublishedApi, StageName } from '@portico/contracts/published-apis';
import type { TaskApiResult } from '@portico/contracts/tasks';
import type { AlibabaGateway } from './client.ts';
import { allPages } from './paging.ts';
import { taskApiResult } from './task-status.ts';

const optional = <K extends string>(key: K, value: string | undefined) => (value ? ({ [key]: value } as Record<K, string>) : {});

export interface WireBackendModel {
  id: string;
  stageName: StageName;
  description?: string;
  /** BackendConfig as the cloud returns it, keyed as BackendModelData is (PascalCase). */
  data: BackendModelData;
  createdAt?: string;
  updatedAt?: string;
}

export async function listBackends(
  gw: AlibabaGateway,
  query: { page: number; pageSize: number; search?: string | undefined; type?: BackendType | undefined },
): Promise<Page<Backend>> {
  const request = new DescribeBackendListRequest({
    pageNumber: query.page,
    pageSize: query.pageSize,
    // The cloud matches names exactly unless `*` says otherwise: a search is for a part of a name.
    ...(query.search ? { backendName: query.search.includes('*') ? query.search : `*${query.search}*` } : {}),
    ...(query.type ? { backendType: query.type } : {}),
  });
  const { body } = await gw.read((client, runtime) => client.describeBackendListWithOptions(request, runtime));
  return {
    items: (body?.backendInfoList ?? []).map((b) => ({
      id: b.backendId ?? '',
      name: b.backendName ?? '',
      type: b.backendType ?? '',
      ...optional('description', b.description),
      ...optional('createdAt', b.createdTime),
      ...optional('updatedAt', b.modifiedTime),
      tags: Object.fromEntries((b.tags ?? []).map((t) => [t.key ?? '', t.value ?? ''])),
    })),
    total: body?.totalCount ?? 0,
    page: body?.pageNumber ?? query.page,
    pageSize: body?.pageSize ?? query.pageSize,
  };
}

/** The SDK hands BackendConfig back as a typed object; turn it into the cloud's JSON keys again. */
function configData(model: WireModel): BackendModelData {
  const config = model.backendConfig;
  if (!config) return {};
  const map = config.toMap() as Record<string, unknown>;
  return dropEmpty(map) as BackendModelData;
}

function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, dropEmpty(v)] as const)
      .filter(([, v]) => !(v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0));
    return Object.fromEntries(entries);
  }
  return value;
}

export async function getBackend(gw: AlibabaGateway, backendId: string): Promise<{ backend: Backend; models: WireBackendModel[] } | undefined> {
  const request = new DescribeBackendInfoRequest({ backendId });
  const { body } = await gw.read((client, runtime) => client.describeBackendInfoWithOptions(request, runtime));
  const info = body?.backendInfo;
  if (!info?.backendId) return undefined;
  return {
    backend: {
      id: info.backendId,
      name: info.backendName ?? '',
      type: info.backendType ?? '',
      ...optional('description', info.description),
      ...optional('createdAt', info.createdTime),
      ...optional('updatedAt', info.modifiedTime),
    },
    models: (info.backendModels ?? []).map((m) => ({
      id: m.backendModelId ?? '',
      stageName: (m.stageName ?? 'TEST') as StageName,
      data: configData(m),
      ...optional('description', m.description),
      ...optional('createdAt', m.gmtCreate),
      ...optional('updatedAt', m.gmtModified),
    })),
  };
}

async function apisByBackendPage(gw: AlibabaGateway, backendId: string, stageName: StageName, pageNumber: number, pageSize: number) {
  const request = new DescribeApisByBackendRequest({ backendId, stageName, pageNumber, pageSize });
  const { body } = await gw.read((client, runtime) => client.describeApisByBackendWithOptions(request, runtime));
  const items: PublishedApi[] = (body?.apiInfoList?.apiInfo ?? []).map((api) => ({
    apiId: api.apiId ?? '',
    apiName: api.apiName ?? '',
    groupId: api.groupId ?? '',
    groupName: api.groupName ?? '',
    stageId: '',
    stageName,
    ...optional('method', api.method),
    ...optional('path', api.path),
  }));
  return { items, total: body?.totalCount ?? 0 };
}

export const listApisByBackend = (gw: AlibabaGateway, backendId: string, stage: StageName) => allPages((page, size) => apisByBackendPage(gw, backendId, stage, page, size));

export async function createBackendModel(
  gw: AlibabaGateway,
  input: { backendId: string; backendType: string; stageName: StageName; data: BackendModelData; description?: string | undefined },
): Promise<{ modelId: string; requestId?: string }> {
  const request = new CreateBackendModelRequest({
    backendId: input.backendId,
    backendType: input.backendType,
    stageName: input.stageName,
    backendModelData: JSON.stringify(input.data),
    ...(input.description ? { description: input.description } : {}),
  });
  // No client token on this operation; the cloud refuses a second model for a stage, so a blind retry is not needed.
  const { body } = await gw.write((client, runtime) => client.createBackendModelWithOptions(request, runtime), false);
  return { modelId: body?.backendModelId ?? '', ...optional('requestId', body?.requestId) };
}

/**
 * ModifyBackendModel with the ClientToken the typed request lacks, sent through the SDK's generic
 * call (same signature, same endpoint). The token makes a retry return the first answer.
 */
export async function modifyBackendModel(
  gw: AlibabaGateway,
  input: { backendId: string; backendType: string; modelId: string; stageName: StageName; data: BackendModelData; description?: string | undefined; clientToken: string },
): Promise<{ operationId?: string; requestId?: string }> {
  const query: Record<string, string> = {
    BackendId: input.backendId,
    BackendModelId: input.modelId,
    BackendType: input.backendType,
    StageName: input.stageName,
    BackendModelData: JSON.stringify(input.data),
    ClientToken: input.clientToken,
    ...(input.description ? { Description: input.description } : {}),
  };
  const params = new $OpenApiUtil.Params({
    action: 'ModifyBackendModel',
    version: '2016-07-14',
    protocol: gw.profile.protocol,
    pathname: '/',
    method: 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
  const request = new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(query) });
  const response = await gw.write((client, runtime) => client.callApi(params, request, runtime), true);
  const body = (response as { body?: { OperationId?: string; RequestId?: string } }).body;
  return { ...optional('operationId', body?.OperationId), ...optional('requestId', body?.RequestId) };
}

export async function describeBackendUpdateTask(gw: AlibabaGateway, operationId: string): Promise<TaskApiResult[]> {
  const request = new DescribeUpdateBackendTaskRequest({ operationUid: operationId });
  const { body } = await gw.read((client, runtime) => client.describeUpdateBackendTaskWithOptions(request, runtime));
  return (body?.apiUpdateBackendResults?.apiUpdateBackendResult ?? []).map(taskApiResult);
}
