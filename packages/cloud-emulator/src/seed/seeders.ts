import { seedApiGateway, SEED_ACCOUNT_ID } from '../services/apigateway/seed.ts';
import { ApiGatewayRegionState, type RegionSeeder } from '../services/apigateway/store.ts';
import { SEED_HUAWEI_DOMAIN_ID, seedVpcep } from '../services/vpcep/seed.ts';
import { type ProjectSeeder, VpcepProjectState } from '../services/vpcep/store.ts';
import { applyAlibabaSeed } from './apply-apigateway.ts';
import { applyVpcepSeed } from './apply-vpcep.ts';
import { SECOND_REGION_SEED } from './second-region.ts';
import type { AlibabaRegionSeed, HuaweiProjectSeed, SeedDocument } from './seed-document.ts';

/**
 * Which seed fills a region when it is first used: the seed file's entry for that account and
 * region when there is one; else the built-in seed (N× with seedScale) for the seeded account's
 * first region / project, the built-in second-region seed for its second; else nothing.
 */
export interface SeedPlan {
  readonly scale: number;
  readonly file?: SeedDocument | undefined;
  /** The seeded Huawei account's first project (EMULATOR_HUAWEI_PROJECT_ID). */
  readonly primaryHuaweiProject: string;
}

interface Found<T> {
  readonly seed: T;
  readonly where: string;
}

function alibabaEntry(doc: SeedDocument | undefined, source: string, accountId: string, regionId: string): Found<AlibabaRegionSeed> | undefined {
  const index = doc?.alibaba.findIndex((r) => (r.account ?? SEED_ACCOUNT_ID) === accountId && r.region === regionId) ?? -1;
  const seed = index < 0 ? undefined : doc?.alibaba[index];
  return seed && { seed, where: `${source} alibaba.${index}` };
}

function huaweiEntry(doc: SeedDocument | undefined, source: string, domainId: string, projectId: string): Found<HuaweiProjectSeed> | undefined {
  const index = doc?.huawei.findIndex((p) => (p.account ?? SEED_HUAWEI_DOMAIN_ID) === domainId && p.projectId === projectId) ?? -1;
  const seed = index < 0 ? undefined : doc?.huawei[index];
  return seed && { seed, where: `${source} huawei.${index}` };
}

export function apiGatewaySeeder(plan: SeedPlan): RegionSeeder {
  const builtIn = seedApiGateway(plan.scale);
  return (state) => {
    const found =
      alibabaEntry(plan.file, 'EMULATOR_SEED_FILE', state.accountId, state.regionId) ??
      alibabaEntry(SECOND_REGION_SEED, 'second-region seed', state.accountId, state.regionId);
    if (found) applyAlibabaSeed(state, found.seed, found.where);
    else builtIn(state);
  };
}

export function vpcepSeeder(plan: SeedPlan): ProjectSeeder {
  const builtIn = seedVpcep(plan.scale);
  return (state) => {
    const found =
      huaweiEntry(plan.file, 'EMULATOR_SEED_FILE', state.domainId, state.projectId) ?? huaweiEntry(SECOND_REGION_SEED, 'second-region seed', state.domainId, state.projectId);
    if (found) applyVpcepSeed(state, found.seed, found.where);
    else if (state.domainId === SEED_HUAWEI_DOMAIN_ID && state.projectId === plan.primaryHuaweiProject) builtIn(state);
  };
}

/** Seeds every entry of a document into scratch state, so a misfit is reported at start, not at the first call. */
export function checkSeedDocument(doc: SeedDocument, source: string): void {
  doc.alibaba.forEach((r, i) => applyAlibabaSeed(new ApiGatewayRegionState(r.account ?? SEED_ACCOUNT_ID, r.region), r, `${source} alibaba.${i}`));
  doc.huawei.forEach((p, i) => applyVpcepSeed(new VpcepProjectState(p.account ?? SEED_HUAWEI_DOMAIN_ID, p.projectId), p, `${source} huawei.${i}`));
}

/** The Huawei projects a seed document brings (each served for its account). */
export function seededProjects(doc: SeedDocument | undefined): { projectId: string; regionId: string; accountId: string }[] {
  return (doc?.huawei ?? []).map((p) => ({ projectId: p.projectId, regionId: p.region, accountId: p.account ?? SEED_HUAWEI_DOMAIN_ID }));
}
