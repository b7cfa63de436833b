import { DEMO_ALIBABA_ACCESS_KEY_ID, DEMO_HUAWEI_ACCESS_KEY_ID, DEMO_REGION, DEMO_SECOND_REGION, emulatorOptionsFromEnv } from './config.ts';
import { EmulatorStateError } from './persistence/state-document.ts';
import { SeedFileError } from './seed/seed-document.ts';
import { startEmulator, type RunningEmulator } from './server.ts';

/** Standalone entry: `tsx src/main.ts`. Prints the URL and key ids, never a secret. */
const options = emulatorOptionsFromEnv();
// Stand-alone, the second region's endpoint is the next port, so that it is the same on every start.
if (!options.alibabaRegionPorts && options.port) options.alibabaRegionPorts = { [DEMO_SECOND_REGION]: options.port + 1 };
let running: RunningEmulator;
try {
  running = await startEmulator(options);
} catch (error) {
  // A state or seed file that cannot be used: its message says which and why; no stack needed.
  if (!(error instanceof EmulatorStateError || error instanceof SeedFileError)) throw error;
  console.error(`cloud emulator not started: ${error.message}`);
  process.exit(1);
}
const keyIds = options.alibabaAccessKeys?.map((k) => k.id) ?? [DEMO_ALIBABA_ACCESS_KEY_ID];
console.log(`cloud emulator listening on ${running.url}`);
console.log(`  Alibaba API Gateway (RPC 2016-07-14) at ${running.url}/ (SDK endpoint ${running.endpoint})`);
console.log(`  AccessKey id${keyIds.length > 1 ? 's' : ''}: ${keyIds.join(', ')}`);
const huaweiAks = options.huaweiAccessKeys?.map((k) => k.id) ?? [DEMO_HUAWEI_ACCESS_KEY_ID];
console.log(`  Huawei VPCEP (REST v1) at ${running.url}/v1/${running.huaweiProjectId}/vpc-endpoint-services`);
for (const [region, endpoint] of Object.entries(running.alibabaEndpoints)) console.log(`  Alibaba region ${region}: SDK endpoint ${endpoint}`);
console.log(`  (seeded: ${DEMO_REGION} and ${DEMO_SECOND_REGION}; a RegionId parameter picks any region, others start empty)`);
for (const p of running.huaweiProjects) console.log(`  Huawei project ${p.projectId}, region ${p.regionId}, account ${p.domainId}`);
console.log(`  Huawei AK${huaweiAks.length > 1 ? 's' : ''}: ${huaweiAks.join(', ')} (SDK-HMAC-SHA256); X-Auth-Token accepted`);
console.log(`  test hooks: ${running.url}/__emulator/`);
console.log(running.dataDir ? `  state kept in ${running.dataDir}` : '  state in memory (set EMULATOR_DATA_DIR to keep it across restarts)');

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
