import CloudApiModule from '@alicloud/cloudapi20160714';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { DEMO_ALIBABA_ACCESS_KEY_ID, DEMO_ALIBABA_ACCESS_KEY_SECRET, DEMO_REGION } from '@portico/cloud-emulator/config';

const ClientClass: typeof CloudApiModule = typeof CloudApiModule === 'function' ? CloudApiModule : (CloudApiModule as unknown as { default: typeof CloudApiModule }).default;

/** The official SDK straight at the emulator: the baseline every BFF figure is compared with. */
export function sdkClient(endpoint: string): InstanceType<typeof CloudApiModule> {
  return new ClientClass(
    new $OpenApiUtil.Config({
      accessKeyId: DEMO_ALIBABA_ACCESS_KEY_ID,
      accessKeySecret: DEMO_ALIBABA_ACCESS_KEY_SECRET,
      endpoint,
      protocol: 'HTTP',
      regionId: DEMO_REGION,
    }),
  );
}
