import {
  DEFAULT_SEED_SCALE,
  DEFAULT_TASK_FAIL_RATIO,
  DEFAULT_TASK_STEP_MS,
  DEMO_ALIBABA_ACCESS_KEY_ID,
  DEMO_ALIBABA_ACCESS_KEY_SECRET,
  DEMO_HUAWEI_ACCESS_KEY_ID,
  DEMO_HUAWEI_AUTH_TOKEN,
  DEMO_HUAWEI_PROJECT_ID,
  DEMO_HUAWEI_REGION,
  DEMO_HUAWEI_SECOND_PROJECT_ID,
  DEMO_HUAWEI_SECOND_REGION,
  DEMO_HUAWEI_SECRET_ACCESS_KEY,
  DEMO_REGION,
  DEMO_SECOND_REGION,
} from './config.ts';
import type { HuaweiProject } from './core/projects.ts';
import { SEED_HUAWEI_DOMAIN_ID } from './services/vpcep/seed.ts';
import { loadSeedFile, type SeedDocument } from './seed/seed-document.ts';
import { checkSeedDocument, seededProjects } from './seed/seeders.ts';
import { closeListener, listen, type Listener } from './listener.ts';
import type { AccessKeyPair } from './core/credentials.ts';
import { Emulator } from './emulator.ts';

export type { AccessKeyPair } from './core/credentials.ts';

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: the documented demo pair. */
  alibabaAccessKeys?: AccessKeyPair[];
  /** Time each published API takes in a batch update task (default 300). */
  taskStepMs?: number;
  /** Share of APIs that fail in batch update tasks, 0..1 (default 0). */
  taskFailRatio?: number;
  /** N× the seeded authorizations, groups and APIs (default 1). */
  seedScale?: number;
  /** Huawei AK/SK pairs (default: the documented demo pair). */
  huaweiAccessKeys?: AccessKeyPair[];
  /** The one Huawei project the keys open (default DEMO_HUAWEI_PROJECT_ID). */
  huaweiProjectId?: string;
  /** Accepted X-Auth-Token values (default: DEMO_HUAWEI_AUTH_TOKEN). */
  huaweiAuthTokens?: string[];
  /**
   * Huawei projects besides the first, each one region of an account (default: the seeded
   * account's second project, DEMO_HUAWEI_SECOND_PROJECT_ID in cn-east-3).
   */
  huaweiProjects?: HuaweiProjectOption[];
  /** Keep the cloud state (and snapshots) in this directory and restore it on the next start; in memory when absent. */
  dataDir?: string;
  /** A seed document (JSON) whose regions and projects replace the built-in seed of the same ones. */
  seedFile?: string;
  /** The same, already loaded. */
  seed?: SeedDocument;
  /**
   * A port for each further Alibaba region: the cloud tells regions apart by endpoint
   * (`apigateway.<region>.aliyuncs.com`), the emulator by port. Default: the second seeded region
   * and the seed file's regions, each on a free port (0).
   */
  alibabaRegionPorts?: Record<string, number>;
}

/** A Huawei project served: `accountId` defaults to the seeded account (the one the demo keys open). */
export interface HuaweiProjectOption {
  projectId: string;
  regionId: string;
  accountId?: string;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** '127.0.0.1:PORT', as the SDK's endpoint (the default region, cn-hangzhou). */
  endpoint: string;
  /** The SDK endpoint of each Alibaba region served, by RegionId (the default region's is `endpoint`). */
  alibabaEndpoints: Readonly<Record<string, string>>;
  /** The Huawei project id the emulator answers for (`/v1/{project_id}/…`). */
  huaweiProjectId: string;
  /** Every Huawei project served, the first one included. */
  huaweiProjects: readonly HuaweiProject[];
  /** Where state is kept, when it is. */
  dataDir: string | undefined;
  /** As POST /__emulator/reset: every region back to its seed (saved at once when persistent). */
  reset(): void;
  /** Stops listening and writes any pending state. */
  close(): Promise<void>;
}

function huaweiProjects(options: EmulatorOptions, seed: SeedDocument | undefined): HuaweiProject[] {
  const first = { projectId: options.huaweiProjectId ?? DEMO_HUAWEI_PROJECT_ID, regionId: DEMO_HUAWEI_REGION, accountId: undefined };
  const others = options.huaweiProjects ?? [{ projectId: DEMO_HUAWEI_SECOND_PROJECT_ID, regionId: DEMO_HUAWEI_SECOND_REGION }];
  return [first, ...others, ...seededProjects(seed)].map((p) => ({
    projectId: p.projectId,
    regionId: p.regionId,
    domainId: p.accountId ?? SEED_HUAWEI_DOMAIN_ID,
  }));
}

/** The seed document from options, checked whole (a misfit stops the start with its reason). */
function seedDocument(options: EmulatorOptions): SeedDocument | undefined {
  const seed = options.seed ?? (options.seedFile === undefined ? undefined : loadSeedFile(options.seedFile));
  if (seed) checkSeedDocument(seed, options.seedFile === undefined ? 'seed' : `EMULATOR_SEED_FILE ${options.seedFile}`);
  return seed;
}

/** The further regions to listen for: the second seeded one and the seed file's, unless given. */
function alibabaRegionPorts(options: EmulatorOptions, seed: SeedDocument | undefined): Record<string, number> {
  if (options.alibabaRegionPorts) return options.alibabaRegionPorts;
  const regions = [DEMO_SECOND_REGION, ...(seed?.alibaba ?? []).map((r) => r.region)].filter((r) => r !== DEMO_REGION);
  return Object.fromEntries(regions.map((r) => [r, 0]));
}

async function listenRegions(emulator: Emulator, host: string, ports: Record<string, number>): Promise<{ region: string; listener: Listener }[]> {
  const out: { region: string; listener: Listener }[] = [];
  try {
    for (const [region, port] of Object.entries(ports)) out.push({ region, listener: await listen(emulator, host, port, region) });
  } catch (error) {
    await Promise.all(out.map((r) => closeListener(r.listener)));
    throw error;
  }
  return out;
}

/**
 * Starts the emulator on loopback; Alibaba RPC answers at `/`, Huawei REST under
 * `/v1/` (VPCEP at `/v1/{project_id}/vpc-endpoint-services`), test hooks under `/__emulator/`;
 * further Alibaba regions on ports of their own (`alibabaEndpoints`).
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const keys = options.alibabaAccessKeys?.length ? options.alibabaAccessKeys : [{ id: DEMO_ALIBABA_ACCESS_KEY_ID, secret: DEMO_ALIBABA_ACCESS_KEY_SECRET }];
  const seed = seedDocument(options);
  const projects = huaweiProjects(options, seed);
  const emulator = new Emulator({
    seedFile: seed,
    dataDir: options.dataDir,
    accessKeys: keys,
    settings: {
      taskStepMs: options.taskStepMs ?? DEFAULT_TASK_STEP_MS,
      taskFailRatio: options.taskFailRatio ?? DEFAULT_TASK_FAIL_RATIO,
    },
    seedScale: options.seedScale ?? DEFAULT_SEED_SCALE,
    huawei: {
      accessKeys: options.huaweiAccessKeys?.length ? options.huaweiAccessKeys : [{ id: DEMO_HUAWEI_ACCESS_KEY_ID, secret: DEMO_HUAWEI_SECRET_ACCESS_KEY }],
      projectId: options.huaweiProjectId ?? DEMO_HUAWEI_PROJECT_ID,
      projects,
      authTokens: options.huaweiAuthTokens?.length ? options.huaweiAuthTokens : [DEMO_HUAWEI_AUTH_TOKEN],
    },
  });
  const host = options.host ?? '127.0.0.1';
  const main = await listen(emulator, host, options.port ?? 0);
  const regional = await listenRegions(emulator, host, alibabaRegionPorts(options, seed)).catch(async (error: unknown) => {
    await closeListener(main);
    throw error;
  });
  const listeners = [main, ...regional.map((r) => r.listener)];
  return {
    url: main.url,
    port: main.port,
    endpoint: main.endpoint,
    alibabaEndpoints: Object.fromEntries([[DEMO_REGION, main.endpoint], ...regional.map((r) => [r.region, r.listener.endpoint])]),
    huaweiProjectId: options.huaweiProjectId ?? DEMO_HUAWEI_PROJECT_ID,
    huaweiProjects: projects,
    dataDir: options.dataDir,
    reset: () => emulator.reset(),
    close: async () => {
      try {
        await Promise.all(listeners.map(closeListener));
      } finally {
        // Whatever the last calls changed is on disk before close resolves.
        emulator.flush();
      }
    },
  };
}
