import { CloudError } from '../core/errors.ts';
import { hashHex } from '../core/ids.ts';
import { isBackendType, parseBackendModelData } from '../services/apigateway/backend-models.ts';
import { type ApiGatewayRegionState, type BackendModelRecord, STAGE_NAMES, type StageName } from '../services/apigateway/store.ts';
import { type AlibabaRegionSeed, SeedFileError } from './seed-document.ts';

/** Seeded resources look a few months old and a minute apart, in the order they are written. */
const SEEDED_AT = Date.parse('2026-06-01T08:00:00Z');
const MINUTE = 60_000;

interface Context {
  readonly state: ApiGatewayRegionState;
  readonly seed: AlibabaRegionSeed;
  readonly where: string;
  readonly id: (...parts: string[]) => string;
  /** API ids by `group/api`. */
  readonly apiIds: Map<string, string>;
  clock: number;
}

function tick(ctx: Context): number {
  ctx.clock += MINUTE;
  return ctx.clock;
}

/** The published API a binding names; the seed must publish it in that stage. */
function published(ctx: Context, ref: { group: string; api: string; stage: StageName }, where: string): string {
  const apiId = ctx.apiIds.get(`${ref.group}/${ref.api}`);
  if (apiId === undefined) throw new SeedFileError(`${where}: no API ${ref.api} in a group ${ref.group}`);
  if (!ctx.state.deployment(ref.stage, apiId)) throw new SeedFileError(`${where}: ${ref.group}/${ref.api} is not published in ${ref.stage}`);
  return apiId;
}

function seedGroups(ctx: Context): void {
  for (const g of ctx.seed.groups) {
    const groupId = ctx.id('group', g.name);
    const at = tick(ctx);
    const stageIds = Object.fromEntries(STAGE_NAMES.map((s) => [s, ctx.id('stage', g.name, s)])) as Record<StageName, string>;
    ctx.state.groups.set(groupId, {
      groupId,
      groupName: g.name,
      stageIds,
      description: g.description,
      subDomain: `${groupId}-${ctx.seed.region}.alicloudapi.com`,
      basePath: g.basePath,
      instanceId: 'api-shared-vpc-001',
      instanceType: 'VPC_SHARED',
      httpsPolicy: 'HTTPS2_TLS1_2',
      trafficLimit: 500,
      billingStatus: 'NORMAL',
      illegalStatus: 'NORMAL',
      createdAt: at,
      modifiedAt: at,
      tags: g.tags,
    });
    for (const a of g.apis) {
      const apiId = ctx.id('api', g.name, a.name);
      ctx.apiIds.set(`${g.name}/${a.name}`, apiId);
      ctx.state.apis.set(apiId, { apiId, apiName: a.name, groupId, method: a.method, path: a.path, description: a.description, visibility: a.visibility });
      const deployedAt = tick(ctx);
      for (const stageName of a.stages) ctx.state.deploy({ apiId, stageName, deployedAt });
    }
  }
}

function seedVpcAccesses(ctx: Context): void {
  ctx.seed.vpcAccesses.forEach((v, i) => {
    const where = `${ctx.where}.vpcAccesses.${i}`;
    if (ctx.state.vpcAccessByName(v.name)) throw new SeedFileError(`${where}: the name ${v.name} is used twice`);
    if (ctx.state.vpcAccessByEndpoint(v.vpcId, v.instanceId, v.port)) throw new SeedFileError(`${where}: ${v.vpcId} ${v.instanceId}:${v.port} is authorized twice`);
    const record = {
      vpcAccessId: ctx.id('vpc-access', v.name),
      name: v.name,
      vpcId: v.vpcId,
      instanceId: v.instanceId,
      port: v.port,
      description: v.description,
      createdAt: tick(ctx),
      tags: v.tags.map((t) => ({ ...t })),
    };
    ctx.state.addVpcAccess(v.vpcTargetHostName === undefined ? record : { ...record, vpcTargetHostName: v.vpcTargetHostName });
    for (const ref of v.bindings) {
      const apiId = published(ctx, ref, `${where}.bindings`);
      ctx.state.bind({ apiId, stageName: ref.stage, vpcAccessName: v.name, vpcId: v.vpcId, instanceId: v.instanceId, port: v.port });
    }
  });
}

function seedIpControls(ctx: Context): void {
  ctx.seed.ipControls.forEach((acl, i) => {
    const where = `${ctx.where}.ipControls.${i}`;
    const ipControlId = ctx.id('ip-control', acl.name);
    const createdAt = tick(ctx);
    const items = acl.policies.map((p, n) => ({
      policyItemId: `P${createdAt + n}${String((i * 10 + n) % 100).padStart(2, '0')}`,
      cidrIp: p.cidrIp,
      appId: acl.type === 'ALLOW' ? p.appId : '',
      createdAt: createdAt + n,
      modifiedAt: createdAt + n,
    }));
    ctx.state.ipControls.set(ipControlId, { ipControlId, name: acl.name, type: acl.type, description: acl.description, createdAt, modifiedAt: createdAt, items });
    for (const ref of acl.bindings) {
      const apiId = published(ctx, ref, `${where}.bindings`);
      if (ctx.state.ipControlOf(ref.stage, apiId)) throw new SeedFileError(`${where}.bindings: ${ref.group}/${ref.api} in ${ref.stage} already has an ACL`);
      ctx.state.bindIpControl(ipControlId, { apiId, stageName: ref.stage, boundAt: createdAt });
    }
  });
}

function modelConfig(ctx: Context, type: string, data: Record<string, unknown>, where: string): BackendModelRecord['config'] {
  if (!isBackendType(type)) throw new SeedFileError(`${where}: unknown backend type ${type}`);
  const lookup = {
    byId: (id: string) => ctx.state.vpcAccesses.get(id),
    byName: (name: string) => ctx.state.vpcAccessByName(name),
    byEndpoint: (vpcId: string, instanceId: string, port: number) => ctx.state.vpcAccessByEndpoint(vpcId, instanceId, port),
  };
  try {
    return parseBackendModelData(type, JSON.stringify(data), lookup);
  } catch (error) {
    if (error instanceof CloudError) throw new SeedFileError(`${where}: ${error.code}: ${error.message}`);
    throw error;
  }
}

function seedBackends(ctx: Context): void {
  ctx.seed.backends.forEach((b, i) => {
    const where = `${ctx.where}.backends.${i}`;
    const backendId = ctx.id('backend', b.name);
    const createdAt = tick(ctx);
    const models = new Map<StageName, BackendModelRecord>();
    for (const stageName of STAGE_NAMES) {
      const data = b.models[stageName];
      if (!data) continue;
      const config = modelConfig(ctx, b.type, { Type: b.type, ...data }, `${where}.models.${stageName}`);
      const at = tick(ctx);
      models.set(stageName, {
        backendModelId: ctx.id('backend-model', b.name, stageName),
        stageName,
        config,
        description: `${stageName} model of ${b.name}`,
        createdAt: at,
        modifiedAt: at,
      });
    }
    ctx.state.backends.set(backendId, {
      backendId,
      name: b.name,
      type: b.type,
      description: b.description,
      createdAt,
      modifiedAt: createdAt,
      tags: b.tags.map((t) => ({ ...t })),
      models,
    });
    ctx.state.backendBindings.set(backendId, []);
    for (const ref of b.bindings) {
      const apiId = published(ctx, ref, `${where}.bindings`);
      if (!models.has(ref.stage)) throw new SeedFileError(`${where}.bindings: ${b.name} has no ${ref.stage} model`);
      ctx.state.bindBackend(backendId, { apiId, stageName: ref.stage });
    }
  });
}

/** Fills a region from a hand-written seed; throws SeedFileError (naming the entry) when it does not hold together. */
export function applyAlibabaSeed(state: ApiGatewayRegionState, seed: AlibabaRegionSeed, where: string): void {
  const salt = `portico-cloud-emulator/seed-document/${state.accountId}/${state.regionId}`;
  const ctx: Context = {
    state,
    seed,
    where,
    id: (...parts) => hashHex(`${salt}:${parts.join(':')}`),
    apiIds: new Map(),
    clock: SEEDED_AT,
  };
  seedGroups(ctx);
  seedVpcAccesses(ctx);
  seedIpControls(ctx);
  seedBackends(ctx);
}
