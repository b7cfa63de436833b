import { DEMO_ALIBABA_ACCESS_KEY_ID, DEMO_HUAWEI_ACCESS_KEY_ID, DEMO_HUAWEI_REGION, emulatorOptionsFromEnv } from './config.ts';
import { startEmulator } from './server.ts';

/** Standalone entry: `tsx src/main.ts`. Prints the URL and key ids, never a secret. */
const options = emulatorOptionsFromEnv();
const running = await startEmulator(options);
const keyIds = options.alibabaAccessKeys?.map((k) => k.id) ?? [DEMO_ALIBABA_ACCESS_KEY_ID];
console.log(`cloud emulator listening on ${running.url}`);
console.log(`  Alibaba API Gateway (RPC 2016-07-14) at ${running.url}/ (SDK endpoint ${running.endpoint})`);
console.log(`  AccessKey id${keyIds.length > 1 ? 's' : ''}: ${keyIds.join(', ')}`);
const huaweiAks = options.huaweiAccessKeys?.map((k) => k.id) ?? [DEMO_HUAWEI_ACCESS_KEY_ID];
console.log(`  Huawei VPCEP (REST v1) at ${running.url}/v1/${running.huaweiProjectId}/vpc-endpoint-services`);
console.log(`  Huawei endpoint ${running.url}, project ${running.huaweiProjectId}, region ${DEMO_HUAWEI_REGION}`);
console.log(`  Huawei AK${huaweiAks.length > 1 ? 's' : ''}: ${huaweiAks.join(', ')} (SDK-HMAC-SHA256); X-Auth-Token accepted`);
console.log(`  test hooks: ${running.url}/__emulator/`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`cloud emulator stopping (${signal})`);
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
