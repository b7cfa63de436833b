import { join } from 'node:path';
import {
  DEMO_ALIBABA_ACCESS_KEY_ID,
  DEMO_ALIBABA_ACCESS_KEY_SECRET,
  DEMO_HUAWEI_ACCESS_KEY_ID,
  DEMO_HUAWEI_SECRET_ACCESS_KEY,
  emulatorOptionsFromEnv,
} from '@portico/cloud-emulator/config';
import { startEmulator, type RunningEmulator } from '@portico/cloud-emulator/server';
import type { Profile } from './clouds/profiles.ts';
import { Secret } from './secret.ts';
import type { DemoCloud } from './services/demo-cloud.ts';

/** The embedded emulator of demo mode and the console profiles that point at it, one per region. */
export interface EmbeddedDemoCloud extends DemoCloud {
  readonly emulator: RunningEmulator;
  readonly profiles: Profile[];
  close(): Promise<void>;
}

type Key = { id: string; secret: string };

/** The first region keeps the ids profiles always had (`alibaba-emulator`, `huawei-emulator`); others get theirs. */
const profileId = (cloud: 'alibaba' | 'huawei', index: number, region: string): string => (index === 0 ? `${cloud}-emulator` : `${cloud}-emulator-${region}`);

function alibabaProfiles(running: RunningEmulator, key: Key): Profile[] {
  return Object.entries(running.alibabaEndpoints).map(([region, endpoint], i) => ({
    id: profileId('alibaba', i, region),
    cloud: 'alibaba',
    name: `Alibaba Cloud (emulator) · ${region}`,
    region,
    endpoint,
    protocol: 'HTTP',
    accessKeyId: key.id,
    accessKeySecret: new Secret(key.secret),
    emulated: true,
  }));
}

/** One profile per project of the demo key's account (a Huawei project is one region). */
function huaweiProfiles(running: RunningEmulator, key: Key): Profile[] {
  const owner = running.huaweiProjects[0]?.domainId;
  return running.huaweiProjects
    .filter((p) => p.domainId === owner)
    .map((project, i) => ({
      id: profileId('huawei', i, project.regionId),
      cloud: 'huawei',
      name: `Huawei Cloud (emulator) · ${project.regionId}`,
      region: project.regionId,
      endpoint: running.url,
      projectId: project.projectId,
      accessKeyId: key.id,
      accessKeySecret: new Secret(key.secret),
      emulated: true,
    }));
}

/**
 * Starts the emulator in-process for demo mode. Its state lives under the console's data
 * directory (`DATA_DIR/emulator`, or EMULATOR_DATA_DIR), so that a restart finds the cloud the
 * audit log speaks of; with a PostgreSQL server and no data directory it stays in memory.
 */
export async function startDemoCloud(dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<EmbeddedDemoCloud> {
  const options = emulatorOptionsFromEnv(env);
  const emulator = await startEmulator({
    ...options,
    // In-process, the emulator takes a free port unless one is asked for.
    port: env.EMULATOR_PORT ? options.port : 0,
    dataDir: options.dataDir ?? (dataDir === undefined ? undefined : join(dataDir, 'emulator')),
  });
  const key = options.alibabaAccessKeys?.[0] ?? { id: DEMO_ALIBABA_ACCESS_KEY_ID, secret: DEMO_ALIBABA_ACCESS_KEY_SECRET };
  const huaweiKey = options.huaweiAccessKeys?.[0] ?? { id: DEMO_HUAWEI_ACCESS_KEY_ID, secret: DEMO_HUAWEI_SECRET_ACCESS_KEY };
  return {
    emulator,
    profiles: [...alibabaProfiles(emulator, key), ...huaweiProfiles(emulator, huaweiKey)],
    persistent: emulator.dataDir !== undefined,
    reset: () => emulator.reset(),
    close: () => emulator.close(),
  };
}
