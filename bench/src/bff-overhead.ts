import { DescribeApisByVpcAccessRequest, DescribeVpcAccessesRequest } from '@alicloud/cloudapi20160714';
import pMap from 'p-map';
import { signIn, type Stack } from './processes.ts';
import { sdkClient } from './sdk.ts';
import { ms, percentile, ratio, timeCalls, type Row } from './stats.ts';

const RUNS = 300;
const WARMUP = 30;

/**
 * Listing VPC authorizations through the BFF against the official SDK doing the same cloud work
 * directly: DescribeVpcAccesses for a page plus DescribeApisByVpcAccess per row (the bound-API
 * counts), five at a time as the BFF does. Both sequential, so it measures latency, not throughput.
 */
export async function bffOverhead(stack: Stack): Promise<Row[]> {
  const sdk = sdkClient(stack.emulatorEndpoint);
  const direct = async () => {
    const { body } = await sdk.describeVpcAccesses(new DescribeVpcAccessesRequest({ pageNumber: 1, pageSize: 20 }));
    const rows = body?.vpcAccessAttributes?.vpcAccessAttribute ?? [];
    await pMap(rows, (row) => sdk.describeApisByVpcAccess(new DescribeApisByVpcAccessRequest({ vpcName: row.name, pageNumber: 1, pageSize: 1 })), { concurrency: 5 });
  };
  const { cookie } = await signIn(stack.bffUrl);
  const throughBff = async () => {
    const response = await fetch(`${stack.bffUrl}/api/vpc-authorizations?page=1&pageSize=20`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`BFF answered ${response.status}`);
    await response.json();
  };
  await timeCalls(WARMUP, 1, direct);
  await timeCalls(WARMUP, 1, throughBff);
  // Interleaved halves, so drift on a busy machine hits both sides alike.
  const directTimes = [...(await timeCalls(RUNS / 2, 1, direct))];
  const bffTimes = [...(await timeCalls(RUNS / 2, 1, throughBff))];
  directTimes.push(...(await timeCalls(RUNS / 2, 1, direct)));
  bffTimes.push(...(await timeCalls(RUNS / 2, 1, throughBff)));
  const [d50, d99, b50, b99] = [percentile(directTimes, 50), percentile(directTimes, 99), percentile(bffTimes, 50), percentile(bffTimes, 99)];
  return [
    { benchmark: 'BFF overhead (list page, 20 rows + counts)', measure: 'p50', value: ms(b50), baseline: `${ms(d50)} SDK direct`, ratio: ratio(b50, d50), goal: '≤ 1.2x' },
    { benchmark: 'BFF overhead (list page, 20 rows + counts)', measure: 'p99', value: ms(b99), baseline: `${ms(d99)} SDK direct`, ratio: ratio(b99, d99) },
  ];
}
