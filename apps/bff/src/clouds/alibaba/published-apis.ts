import { DescribeApiGroupsRequest, DescribeDeployedApisRequest } from '@alicloud/cloudapi20160714';
import type { InventoryApi } from '@portico/contracts/bindings';
import { apiKeyOf } from '@portico/contracts/bindings';
import type { StageName } from '@portico/contracts/published-apis';
import type { AlibabaGateway } from './client.ts';
import { allPages } from './paging.ts';

/** DescribeApiGroups and DescribeDeployedApis take at most 50 per page. */
const PAGE = 50;

export interface ApiGroup {
  id: string;
  name: string;
  tags?: Record<string, string>;
}

export async function listApiGroups(gw: AlibabaGateway): Promise<ApiGroup[]> {
  return allPages(async (pageNumber, pageSize) => {
    const request = new DescribeApiGroupsRequest({ pageNumber, pageSize });
    const { body } = await gw.read((client, runtime) => client.describeApiGroupsWithOptions(request, runtime));
    const items = (body?.apiGroupAttributes?.apiGroupAttribute ?? []).map((g) => ({
      id: g.groupId ?? '',
      name: g.groupName ?? '',
      tags: Object.fromEntries((g.tags?.tagInfo ?? []).map((t) => [t.key ?? '', t.value ?? ''])),
    }));
    return { items, total: body?.totalCount ?? 0 };
  }, PAGE);
}

/** Each API group's tags, by group id: grants scoped by tags reach a published API through its group. */
export async function groupTags(gw: AlibabaGateway): Promise<Map<string, Record<string, string>>> {
  return new Map((await listApiGroups(gw)).map((g) => [g.id, g.tags ?? {}]));
}

/** The APIs published in one stage of one group. */
export async function listDeployedApis(gw: AlibabaGateway, group: ApiGroup, stageName: StageName): Promise<InventoryApi[]> {
  return allPages(async (pageNumber, pageSize) => {
    const request = new DescribeDeployedApisRequest({ groupId: group.id, stageName, pageNumber, pageSize });
    const { body } = await gw.read((client, runtime) => client.describeDeployedApisWithOptions(request, runtime));
    const items = (body?.deployedApis?.deployedApiItem ?? []).map((api) => {
      const stage = api.stageName ?? stageName;
      return {
        key: apiKeyOf({ apiId: api.apiId ?? '', stageName: stage }),
        apiId: api.apiId ?? '',
        apiName: api.apiName ?? '',
        groupId: api.groupId ?? group.id,
        groupName: api.groupName ?? group.name,
        stageName: stage,
        ...(api.apiMethod ? { method: api.apiMethod } : {}),
        ...(api.apiPath ? { path: api.apiPath } : {}),
      };
    });
    return { items, total: body?.totalCount ?? 0 };
  }, PAGE);
}
