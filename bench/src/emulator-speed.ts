import { DescribeVpcAccessesRequest, ModifyVpcAccessAndUpdateApisRequest } from '@alicloud/cloudapi20160714';
import { SEED } from '@portico/cloud-emulator/services/apigateway/seed';
import { hook, type Stack } from './processes.ts';
import { sdkClient } from './sdk.ts';
import type { Row } from './stats.ts';

const CALLS = 2_000;
const CONCURRENCY = 16;

async function rate(calls: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) await fn(next++);
    }),
  );
  return calls / ((performance.now() - started) / 1000);
}

/** Signed SDK calls per second the emulator serves, so it is never the bottleneck of the others. */
export async function emulatorSpeed(stack: Stack): Promise<Row[]> {
  await hook(stack.emulatorUrl, 'POST', '/__emulator/reset');
  const sdk = sdkClient(stack.emulatorEndpoint);
  const busy = SEED.vpcAccess.quiet;
  const list = await rate(CALLS, CONCURRENCY, () => sdk.describeVpcAccesses(new DescribeVpcAccessesRequest({ pageNumber: 1, pageSize: 20 })));
  const modify = await rate(CALLS / 4, CONCURRENCY, (i) =>
    sdk.modifyVpcAccessAndUpdateApis(
      new ModifyVpcAccessAndUpdateApisRequest({ name: busy.name, vpcId: busy.vpcId, instanceId: busy.instanceId, port: 1000 + (i % 50000), needBatchWork: false }),
    ),
  );
  await hook(stack.emulatorUrl, 'POST', '/__emulator/reset');
  return [
    { benchmark: 'Emulator (SDK client, 16 in flight)', measure: 'DescribeVpcAccesses', value: `${list.toFixed(0)} calls/s`, goal: 'far above the BFF' },
    { benchmark: 'Emulator (SDK client, 16 in flight)', measure: 'ModifyVpcAccessAndUpdateApis', value: `${modify.toFixed(0)} calls/s` },
  ];
}
