import { join } from 'node:path';
import { AccessKeyStore, type AccessKeyPair } from './core/credentials.ts';
import { CallStats } from './core/stats.ts';
import { FaultInjector } from './faults/faults.ts';
import { RpcAuthenticator } from './protocols/alibaba-rpc/authenticate.ts';
import { createRpcHandler, type RpcHandler } from './protocols/alibaba-rpc/handler.ts';
import { NonceCache } from './protocols/alibaba-rpc/nonce-cache.ts';
import { HuaweiAuthenticator } from './protocols/huawei-rest/authenticate.ts';
import { createHuaweiRestHandler, type HuaweiRestHandler } from './protocols/huawei-rest/handler.ts';
import { OperationRegistry } from './registry.ts';
import { ApiGatewayProvider } from './services/apigateway/provider.ts';
import { apiGatewayRpcService } from './services/apigateway/rpc.ts';
import { SEED_ACCOUNT_ID, SEED_REGION_ID } from './services/apigateway/seed.ts';
import { ApiGatewayStore } from './services/apigateway/store.ts';
import type { TaskSettings } from './services/apigateway/tasks.ts';
import { VpcepProvider } from './services/vpcep/provider.ts';
import { vpcepRestService } from './services/vpcep/rest.ts';
import { SEED_HUAWEI_DOMAIN_ID } from './services/vpcep/seed.ts';
import { VpcepStore } from './services/vpcep/store.ts';
import { type HuaweiProject, ProjectDirectory } from './core/projects.ts';
import { StatePersister } from './persistence/persister.ts';
import { SnapshotStore } from './persistence/snapshots.ts';
import { captureState, restoreState, type StateDocument } from './persistence/state-document.ts';
import { readStateFile } from './persistence/state-file.ts';
import { apiGatewaySeeder, vpcepSeeder } from './seed/seeders.ts';
import type { SeedDocument } from './seed/seed-document.ts';

export interface EmulatorSettings extends TaskSettings {
  taskStepMs: number;
  taskFailRatio: number;
  taskStartDelayMs?: number;
}

/** The Huawei side: AK/SK pairs, X-Auth-Token values, the seeded account's first project and every project served. */
export interface HuaweiParts {
  readonly accessKeys: readonly AccessKeyPair[];
  readonly authTokens: readonly string[];
  readonly projectId: string;
  readonly projects: readonly HuaweiProject[];
}

export interface EmulatorParts {
  readonly accessKeys: readonly AccessKeyPair[];
  readonly settings: EmulatorSettings;
  readonly seedScale: number;
  readonly huawei: HuaweiParts;
  /** A team's own seed (EMULATOR_SEED_FILE), already checked. */
  readonly seedFile?: SeedDocument | undefined;
  /** Where state and snapshots are kept; in memory when absent. */
  readonly dataDir?: string | undefined;
}

/** The state file and the snapshots folder inside a data directory. */
export const stateFilePath = (dataDir: string): string => join(dataDir, 'state.json');
export const snapshotsDir = (dataDir: string): string => join(dataDir, 'snapshots');

/**
 * Everything the emulator holds, wired once: the registry of operations, the
 * services' stores and providers, and the layers in front of them (signatures,
 * faults, call statistics).
 */
export class Emulator {
  readonly registry = new OperationRegistry();
  readonly faults = new FaultInjector();
  readonly stats = new CallStats();
  readonly nonces = new NonceCache();
  readonly apiGatewayStore: ApiGatewayStore;
  readonly rpc: RpcHandler;
  readonly vpcepStore: VpcepStore;
  readonly huaweiRest: HuaweiRestHandler;
  readonly projects: ProjectDirectory;
  readonly snapshots: SnapshotStore;
  /** Present when the emulator keeps its state in a data directory. */
  readonly persister: StatePersister | undefined;
  settings: EmulatorSettings;

  constructor(parts: EmulatorParts) {
    this.settings = { ...parts.settings };
    const plan = { scale: parts.seedScale, file: parts.seedFile, primaryHuaweiProject: parts.huawei.projectId };
    this.apiGatewayStore = new ApiGatewayStore(apiGatewaySeeder(plan));
    const apiGateway = new ApiGatewayProvider(this.apiGatewayStore, () => this.settings);
    this.registry.registerRpc(apiGatewayRpcService(apiGateway));
    const keys = new AccessKeyStore(parts.accessKeys, SEED_ACCOUNT_ID);
    this.rpc = createRpcHandler({
      registry: this.registry,
      authenticator: new RpcAuthenticator(keys, this.nonces),
      faults: this.faults,
      stats: this.stats,
      defaultRegion: SEED_REGION_ID,
      now: () => Date.now(),
      changed: () => this.changed(),
    });

    this.vpcepStore = new VpcepStore(vpcepSeeder(plan));
    this.projects = new ProjectDirectory(parts.huawei.projects);
    this.registry.registerRest(vpcepRestService(new VpcepProvider(this.vpcepStore)));
    const huaweiKeys = new AccessKeyStore(parts.huawei.accessKeys, SEED_HUAWEI_DOMAIN_ID);
    this.huaweiRest = createHuaweiRestHandler({
      registry: this.registry,
      authenticator: new HuaweiAuthenticator(huaweiKeys, parts.huawei.authTokens, SEED_HUAWEI_DOMAIN_ID),
      faults: this.faults,
      stats: this.stats,
      projects: this.projects,
      now: () => Date.now(),
      changed: () => this.changed(),
    });

    this.snapshots = new SnapshotStore(parts.dataDir === undefined ? undefined : snapshotsDir(parts.dataDir));
    this.persister = parts.dataDir === undefined ? undefined : new StatePersister(stateFilePath(parts.dataDir), () => this.captureState());
    if (this.persister) this.load(this.persister.path);
  }

  /** State back to the seed; faults, nonces, client tokens and counters cleared. */
  reset(): void {
    this.apiGatewayStore.reset();
    this.vpcepStore.reset();
    this.faults.clear();
    this.nonces.clear();
    this.stats.reset();
    this.persistNow();
  }

  /** The whole cloud state (every region and project used so far) as one document. */
  captureState(): StateDocument {
    return captureState(this.stores());
  }

  /**
   * Replaces the whole cloud state with a document's (regions it lacks start from the seed);
   * nonces and client tokens of calls made before no longer count. Throws EmulatorStateError,
   * leaving the state as it was, when the document does not fit.
   */
  restoreState(doc: StateDocument, source: string): void {
    restoreState(this.stores(), doc, source);
    this.nonces.clear();
    this.persistNow();
  }

  /** Called after any call that may have changed state: a write is scheduled (debounced). */
  changed(): void {
    this.persister?.changed();
  }

  /** Writes any pending change now (on close). */
  flush(): void {
    this.persister?.flush();
  }

  private persistNow(): void {
    this.persister?.changed();
    this.persister?.flush();
  }

  private stores() {
    return { apiGateway: this.apiGatewayStore, vpcep: this.vpcepStore };
  }

  /** The state file of an earlier run, when there is one; a file that cannot be read stops the start. */
  private load(path: string): void {
    const doc = readStateFile(path);
    if (doc) restoreState(this.stores(), doc, path);
  }
}
