import type { PublishedApi, UnboundApi } from '@portico/contracts/published-apis';

/**
 * A removal answers with ids only (ApiId, GroupId, StageId). Names come from the bound APIs
 * read before the removal; an API that was not among them is shown by its ids.
 */
export function describeUnboundApis(unbound: readonly UnboundApi[], known: readonly PublishedApi[]): PublishedApi[] {
  const byKey = new Map(known.map((api) => [`${api.apiId}@${api.stageId}`, api]));
  return unbound.map(
    (api) =>
      byKey.get(`${api.apiId}@${api.stageId}`) ?? {
        apiId: api.apiId,
        apiName: api.apiId,
        groupId: api.groupId,
        groupName: known.find((k) => k.groupId === api.groupId)?.groupName ?? api.groupId,
        stageId: api.stageId,
        stageName: known.find((k) => k.stageId === api.stageId)?.stageName ?? api.stageId,
      },
  );
}
