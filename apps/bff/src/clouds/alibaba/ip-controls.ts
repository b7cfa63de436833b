import {
  AddIpControlPolicyItemRequest,
  CreateIpControlRequest,
  CreateIpControlRequestIpControlPolicys,
  DeleteIpControlRequest,
  DescribeApiIpControlsRequest,
  ModifyIpControlRequest,
  RemoveIpControlApisRequest,
  SetIpControlApisRequest,
  DescribeApisByIpControlRequest,
  DescribeIpControlPolicyItemsRequest,
  DescribeIpControlsRequest,
  ModifyIpControlPolicyItemRequest,
  RemoveIpControlPolicyItemRequest,
  type DescribeIpControlsResponseBodyIpControlInfosIpControlInfo as WireIpControl,
  type DescribeIpControlPolicyItemsResponseBodyIpControlPolicyItemsIpControlPolicyItem as WirePolicyItem,
} from '@alicloud/cloudapi20160714';
import type { CreateIpControl, IpControl, IpControlApis, IpControlType, ModifyIpControl, PolicyItem, PolicyItemInput } from '@portico/contracts/ip-controls';
import type { Page } from '@portico/contracts/paging';
import type { PublishedApi } from '@portico/contracts/published-apis';
import type { AlibabaGateway } from './client.ts';
import { allPages } from './paging.ts';

const optional = <K extends string>(key: K, value: string | undefined) => (value ? ({ [key]: value } as Record<K, string>) : {});

function toIpControl(wire: WireIpControl): IpControl {
  return {
    id: wire.ipControlId ?? '',
    name: wire.ipControlName ?? '',
    type: (wire.ipControlType === 'REFUSE' ? 'REFUSE' : 'ALLOW') as IpControlType,
    ...optional('description', wire.description),
    ...optional('regionId', wire.regionId),
    ...optional('createdAt', wire.createTime),
  };
}

/** The cloud keeps CidrIp as one `;`-separated string; the console speaks lists. */
function toPolicyItem(wire: WirePolicyItem): PolicyItem {
  return {
    id: wire.policyItemId ?? '',
    cidrs: (wire.cidrIp ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
    ...optional('appId', wire.appId),
    ...optional('createdAt', wire.createTime),
    ...optional('updatedAt', wire.modifiedTime),
  };
}

export async function listIpControls(
  gw: AlibabaGateway,
  query: { page: number; pageSize: number; search?: string | undefined; type?: IpControlType | undefined; id?: string },
): Promise<Page<IpControl>> {
  const request = new DescribeIpControlsRequest({
    pageNumber: query.page,
    pageSize: query.pageSize,
    ...(query.search ? { ipControlName: query.search } : {}),
    ...(query.type ? { ipControlType: query.type } : {}),
    ...(query.id ? { ipControlId: query.id } : {}),
  });
  const { body } = await gw.read((client, runtime) => client.describeIpControlsWithOptions(request, runtime));
  return {
    items: (body?.ipControlInfos?.ipControlInfo ?? []).map(toIpControl),
    total: body?.totalCount ?? 0,
    page: body?.pageNumber ?? query.page,
    pageSize: body?.pageSize ?? query.pageSize,
  };
}

export async function findIpControl(gw: AlibabaGateway, id: string): Promise<IpControl | undefined> {
  const page = await listIpControls(gw, { page: 1, pageSize: 1, id });
  return page.items.find((item) => item.id === id);
}

async function policyItemPage(gw: AlibabaGateway, ipControlId: string, pageNumber: number, pageSize: number) {
  const request = new DescribeIpControlPolicyItemsRequest({ ipControlId, pageNumber, pageSize });
  const { body } = await gw.read((client, runtime) => client.describeIpControlPolicyItemsWithOptions(request, runtime));
  return { items: (body?.ipControlPolicyItems?.ipControlPolicyItem ?? []).map(toPolicyItem), total: body?.totalCount ?? 0 };
}

export const countPolicyItems = async (gw: AlibabaGateway, id: string) => (await policyItemPage(gw, id, 1, 1)).total;
export const listPolicyItems = (gw: AlibabaGateway, id: string) => allPages((page, size) => policyItemPage(gw, id, page, size));

async function boundApiPage(gw: AlibabaGateway, ipControlId: string, pageNumber: number, pageSize: number) {
  const request = new DescribeApisByIpControlRequest({ ipControlId, pageNumber, pageSize });
  const { body } = await gw.read((client, runtime) => client.describeApisByIpControlWithOptions(request, runtime));
  const items: PublishedApi[] = (body?.apiInfos?.apiInfo ?? []).map((api) => ({
    apiId: api.apiId ?? '',
    apiName: api.apiName ?? '',
    groupId: api.groupId ?? '',
    groupName: api.groupName ?? '',
    stageId: '',
    stageName: api.stageName ?? '',
  }));
  return { items, total: body?.totalCount ?? 0 };
}

export const countApisByIpControl = async (gw: AlibabaGateway, id: string) => (await boundApiPage(gw, id, 1, 1)).total;
export const listApisByIpControl = (gw: AlibabaGateway, id: string) => allPages((page, size) => boundApiPage(gw, id, page, size));

const cidrIp = (item: PolicyItemInput) => item.cidrs.join(';');

export async function addPolicyItem(gw: AlibabaGateway, ipControlId: string, item: PolicyItemInput): Promise<{ id: string; requestId?: string }> {
  const request = new AddIpControlPolicyItemRequest({ ipControlId, cidrIp: cidrIp(item), ...(item.appId ? { appId: item.appId } : {}) });
  // No client token on this operation: never repeated, or a lost answer would add the item twice.
  const { body } = await gw.write((client, runtime) => client.addIpControlPolicyItemWithOptions(request, runtime), false);
  return { id: body?.policyItemId ?? '', ...optional('requestId', body?.requestId) };
}

export async function modifyPolicyItem(gw: AlibabaGateway, ipControlId: string, policyItemId: string, item: PolicyItemInput): Promise<{ requestId?: string }> {
  const request = new ModifyIpControlPolicyItemRequest({ ipControlId, policyItemId, cidrIp: cidrIp(item), appId: item.appId ?? '' });
  // A full replacement of the item: repeating it leaves the same state, so it is safe to retry.
  const { body } = await gw.write((client, runtime) => client.modifyIpControlPolicyItemWithOptions(request, runtime), true);
  return optional('requestId', body?.requestId);
}

export async function removePolicyItem(gw: AlibabaGateway, ipControlId: string, policyItemId: string): Promise<{ requestId?: string }> {
  const request = new RemoveIpControlPolicyItemRequest({ ipControlId, policyItemIds: policyItemId });
  const { body } = await gw.write((client, runtime) => client.removeIpControlPolicyItemWithOptions(request, runtime), false);
  return optional('requestId', body?.requestId);
}

export async function createIpControl(gw: AlibabaGateway, input: CreateIpControl): Promise<{ id: string; requestId?: string }> {
  const request = new CreateIpControlRequest({
    ipControlName: input.name,
    ipControlType: input.type,
    ...(input.description ? { description: input.description } : {}),
    ...(input.policyItems?.length
      ? {
          ipControlPolicys: input.policyItems.map(
            (item) => new CreateIpControlRequestIpControlPolicys({ cidrIp: cidrIp(item), ...(item.appId && input.type === 'ALLOW' ? { appId: item.appId } : {}) }),
          ),
        }
      : {}),
  });
  // CreateIpControl has no client token: never repeated, or a lost answer would make two ACLs.
  const { body } = await gw.write((client, runtime) => client.createIpControlWithOptions(request, runtime), false);
  return { id: body?.ipControlId ?? '', ...optional('requestId', body?.requestId) };
}

export async function modifyIpControl(gw: AlibabaGateway, ipControlId: string, input: ModifyIpControl): Promise<{ requestId?: string }> {
  const request = new ModifyIpControlRequest({ ipControlId, ipControlName: input.name, description: input.description });
  // Sets the name and description to given values: a repeat leaves the same state.
  const { body } = await gw.write((client, runtime) => client.modifyIpControlWithOptions(request, runtime), true);
  return optional('requestId', body?.requestId);
}

export async function deleteIpControl(gw: AlibabaGateway, ipControlId: string): Promise<{ requestId?: string }> {
  const request = new DeleteIpControlRequest({ ipControlId });
  // Deleting an ACL that is gone answers success (documented), so a repeat is safe.
  const { body } = await gw.write((client, runtime) => client.deleteIpControlWithOptions(request, runtime), true);
  return optional('requestId', body?.requestId);
}

export async function setIpControlApis(gw: AlibabaGateway, ipControlId: string, input: IpControlApis): Promise<{ requestId?: string }> {
  const request = new SetIpControlApisRequest({ ipControlId, groupId: input.groupId, stageName: input.stageName, apiIds: input.apiIds.join(',') });
  // Binding an API already bound to this ACL changes nothing: safe to repeat.
  const { body } = await gw.write((client, runtime) => client.setIpControlApisWithOptions(request, runtime), true);
  return optional('requestId', body?.requestId);
}

export async function removeIpControlApis(gw: AlibabaGateway, ipControlId: string, input: IpControlApis): Promise<{ requestId?: string }> {
  // ApiIds always sent: without it the cloud unbinds every API of the group in the stage.
  const request = new RemoveIpControlApisRequest({ ipControlId, groupId: input.groupId, stageName: input.stageName, apiIds: input.apiIds.join(',') });
  const { body } = await gw.write((client, runtime) => client.removeIpControlApisWithOptions(request, runtime), true);
  return optional('requestId', body?.requestId);
}

/** The ACL guarding each published API of a group in a stage (APIs without one are absent). */
export async function apiIpControls(gw: AlibabaGateway, groupId: string, stageName: string): Promise<Map<string, { id: string; name: string }>> {
  const items = await allPages(async (pageNumber, pageSize) => {
    const request = new DescribeApiIpControlsRequest({ groupId, stageName, pageNumber, pageSize });
    const { body } = await gw.read((client, runtime) => client.describeApiIpControlsWithOptions(request, runtime));
    return { items: body?.apiIpControls?.apiIpControlItem ?? [], total: body?.totalCount ?? 0 };
  });
  return new Map(items.map((i) => [i.apiId ?? '', { id: i.ipControlId ?? '', name: i.ipControlName ?? '' }]));
}
