// Demo mode only: main.ts imports this module dynamically when no cloud profile is configured,
// so a production start (and its build) never loads the emulator.
import {
  DEMO_ALIBABA_ACCESS_KEY_ID,
  DEMO_ALIBABA_ACCESS_KEY_SECRET,
  DEMO_HUAWEI_ACCESS_KEY_ID,
  DEMO_HUAWEI_PROJECT_ID,
  DEMO_HUAWEI_REGION,
  DEMO_HUAWEI_SECRET_ACCESS_KEY,
  DEMO_REGION,
  emulatorOptionsFromEnv,
} from '@portico/cloud-emulator/config';
import { startEmulator, type RunningEmulator } from '@portico/cloud-emulator/server';
import type { Profile } from './clouds/profiles.ts';
import type { Logger } from './logger.ts';
import { Secret } from './secret.ts';

export interface EmbeddedEmulator {
  profiles: Profile[];
  close(): Promise<void>;
}

/** Starts the emulator in this process and two profiles pointed at it with its demo keys. */
export async function startEmbeddedEmulator(logger: Logger): Promise<EmbeddedEmulator> {
  const emulatorOptions = emulatorOptionsFromEnv();
  // In-process, the emulator takes a free port unless one is asked for.
  const emulator = await startEmulator({ ...emulatorOptions, port: process.env.EMULATOR_PORT ? emulatorOptions.port : 0 });
  const key = emulatorOptions.alibabaAccessKeys?.[0] ?? { id: DEMO_ALIBABA_ACCESS_KEY_ID, secret: DEMO_ALIBABA_ACCESS_KEY_SECRET };
  const huaweiKey = emulatorOptions.huaweiAccessKeys?.[0] ?? { id: DEMO_HUAWEI_ACCESS_KEY_ID, secret: DEMO_HUAWEI_SECRET_ACCESS_KEY };
  logger.info({ emulator: emulator.url }, 'embedded cloud emulator started');
  return {
    profiles: [embeddedAlibabaProfile(emulator, key), embeddedHuaweiProfile(emulator, huaweiKey, emulatorOptions.huaweiProjectId ?? DEMO_HUAWEI_PROJECT_ID)],
    close: () => emulator.close(),
  };
}

function embeddedAlibabaProfile(running: RunningEmulator, key: { id: string; secret: string }): Profile {
  return {
    id: 'alibaba-emulator',
    cloud: 'alibaba',
    name: 'Alibaba Cloud (emulator)',
    region: DEMO_REGION,
    endpoint: running.endpoint,
    protocol: 'HTTP',
    accessKeyId: key.id,
    accessKeySecret: new Secret(key.secret),
    emulated: true,
  };
}

function embeddedHuaweiProfile(running: RunningEmulator, key: { id: string; secret: string }, projectId: string): Profile {
  return {
    id: 'huawei-emulator',
    cloud: 'huawei',
    name: 'Huawei Cloud (emulator)',
    region: DEMO_HUAWEI_REGION,
    endpoint: running.url,
    projectId,
    accessKeyId: key.id,
    accessKeySecret: new Secret(key.secret),
    emulated: true,
  };
}
