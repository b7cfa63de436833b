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
import { SEED_ACCOUNT_ID, SEED_REGION_ID, seedApiGateway } from './services/apigateway/seed.ts';
import { ApiGatewayStore } from './services/apigateway/store.ts';
import type { TaskSettings } from './services/apigateway/tasks.ts';
import { VpcepProvider } from './services/vpcep/provider.ts';
import { vpcepRestService } from './services/vpcep/rest.ts';
import { SEED_HUAWEI_DOMAIN_ID, seedVpcep } from './services/vpcep/seed.ts';
import { VpcepStore } from './services/vpcep/store.ts';
import { DEMO_HUAWEI_REGION } from './config.ts';

export interface EmulatorSettings extends TaskSettings {
  taskStepMs: number;
  taskFailRatio: number;
  taskStartDelayMs?: number;
}

/** The Huawei side: AK/SK pairs, X-Auth-Token values and the one project they open. */
export interface HuaweiParts {
  readonly accessKeys: readonly AccessKeyPair[];
  readonly authTokens: readonly string[];
  readonly projectId: string;
}

export interface EmulatorParts {
  readonly accessKeys: readonly AccessKeyPair[];
  readonly settings: EmulatorSettings;
  readonly seedScale: number;
  readonly huawei: HuaweiParts;
}

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
  settings: EmulatorSettings;

  constructor(parts: EmulatorParts) {
    this.settings = { ...parts.settings };
    this.apiGatewayStore = new ApiGatewayStore(seedApiGateway(parts.seedScale));
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
    });

    this.vpcepStore = new VpcepStore(seedVpcep(parts.seedScale));
    this.registry.registerRest(vpcepRestService(new VpcepProvider(this.vpcepStore)));
    const huaweiKeys = new AccessKeyStore(parts.huawei.accessKeys, SEED_HUAWEI_DOMAIN_ID);
    this.huaweiRest = createHuaweiRestHandler({
      registry: this.registry,
      authenticator: new HuaweiAuthenticator(huaweiKeys, parts.huawei.authTokens, SEED_HUAWEI_DOMAIN_ID),
      faults: this.faults,
      stats: this.stats,
      projectId: parts.huawei.projectId,
      regionId: DEMO_HUAWEI_REGION,
      now: () => Date.now(),
    });
  }

  /** State back to the seed; faults, nonces, client tokens and counters cleared. */
  reset(): void {
    this.apiGatewayStore.reset();
    this.vpcepStore.reset();
    this.faults.clear();
    this.nonces.clear();
    this.stats.reset();
  }
}
