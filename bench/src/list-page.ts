import { DescribeApisByVpcAccessRequest, DescribeVpcAccessesRequest } from '@alicloud/cloudapi20160714';
import pMap from 'p-map';
import type { sdkClient } from './sdk.ts';

/**
 * The cloud work of one VPC authorization list page: DescribeVpcAccesses for 20 rows, then
 * DescribeApisByVpcAccess per row (the bound-API counts), five at a time as the BFF does.
 */
export async function listPageCalls(sdk: ReturnType<typeof sdkClient>): Promise<{ name: string; bound: number }[]> {
  const { body } = await sdk.describeVpcAccesses(new DescribeVpcAccessesRequest({ pageNumber: 1, pageSize: 20 }));
  const rows = body?.vpcAccessAttributes?.vpcAccessAttribute ?? [];
  return pMap(
    rows,
    async (row) => {
      const bound = await sdk.describeApisByVpcAccess(new DescribeApisByVpcAccessRequest({ vpcName: row.name, pageNumber: 1, pageSize: 1 }));
      return { name: row.name ?? '', bound: bound.body?.totalCount ?? 0 };
    },
    { concurrency: 5 },
  );
}
