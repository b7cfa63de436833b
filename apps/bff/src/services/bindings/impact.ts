import { ErrorCode } from '@portico/contracts/errors';
import { impactSentence, type ImpactApi, type ImpactGroup, type InventoryResource, type ResourceImpact, type ResourceRef } from '@portico/contracts/bindings';
import { StageName } from '@portico/contracts/published-apis';
import { AppError } from '../../errors.ts';
import type { InventoryIndex } from './inventory-index.ts';

const stageOrder = new Map<string, number>(StageName.options.map((stage, i) => [stage, i]));
const byStage = (a: string, b: string) => (stageOrder.get(a) ?? 9) - (stageOrder.get(b) ?? 9) || a.localeCompare(b);

export const refOf = ({ key, kind, id, name, subtype }: InventoryResource): ResourceRef => ({ key, kind, id, name, ...(subtype ? { subtype } : {}) });

/**
 * The published APIs that depend on a resource, by group and stage, each with what else it
 * depends on; the resource's own findings, and those of the APIs that would break with it.
 */
export function resourceImpact(index: InventoryIndex, key: string): ResourceImpact {
  const resource = index.resourceByKey.get(key);
  if (!resource) throw new AppError(ErrorCode.notFound, `No resource ${key} in the inventory of ${index.inventory.asOf}: refresh if it was created since.`, 404);
  const groups = new Map<string, { groupName: string; stages: Map<string, ImpactApi[]> }>();
  const stageCounts: Record<string, number> = {};
  const apiKeys = index.apisByResource.get(key) ?? [];
  for (const apiKey of apiKeys) {
    const api = index.apiByKey.get(apiKey);
    if (!api) continue;
    const stage = api.stageName.toUpperCase();
    stageCounts[stage] = (stageCounts[stage] ?? 0) + 1;
    const group = groups.get(api.groupId) ?? { groupName: api.groupName, stages: new Map<string, ImpactApi[]>() };
    groups.set(api.groupId, group);
    const list = group.stages.get(stage) ?? [];
    group.stages.set(stage, list);
    const others = (index.resourcesByApi.get(apiKey) ?? [])
      .filter((k) => k !== key)
      .flatMap((k) => {
        const other = index.resourceByKey.get(k);
        return other ? [refOf(other)] : [];
      });
    list.push({
      key: api.key,
      apiId: api.apiId,
      apiName: api.apiName,
      ...(api.method ? { method: api.method } : {}),
      ...(api.path ? { path: api.path } : {}),
      alsoDependsOn: others,
    });
  }
  const grouped: ImpactGroup[] = [...groups]
    .map(([groupId, group]) => ({
      groupId,
      groupName: group.groupName,
      apiCount: [...group.stages.values()].reduce((n, apis) => n + apis.length, 0),
      stages: [...group.stages]
        .sort(([a], [b]) => byStage(a, b))
        .map(([stageName, apis]) => ({ stageName, apis: apis.sort((a, b) => (a.path ?? a.apiName).localeCompare(b.path ?? b.apiName)) })),
    }))
    .sort((a, b) => a.groupName.localeCompare(b.groupName) || a.groupId.localeCompare(b.groupId));
  const summary = { apiCount: apiKeys.length, groupCount: grouped.length, byStage: stageCounts };
  return {
    asOf: index.inventory.asOf,
    resource,
    summary,
    sentence: impactSentence(summary),
    groups: grouped,
    findings: index.findingsBySubject.get(key) ?? [],
  };
}
