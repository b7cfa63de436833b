import { ErrorCode } from '@portico/contracts/errors';
import type { ResourceKind } from '@portico/contracts/grants';
import type { PublishedApi, StageName } from '@portico/contracts/published-apis';
import { AppError } from '../../errors.ts';
import type { Actor } from '../audit/audit-log.ts';
import type { ResourceRef } from './permissions.ts';

/**
 * The resource-level half of the grant decision, for what only a read tells: a name behind an
 * id, the cloud's tags. Services call it after reading the resource and before calling the
 * cloud. `tags` is asked only when a tag-scoped grant could decide (it may cost a cloud call).
 */
export async function guardResource(actor: Actor, need: 'read' | 'change', resource: ResourceRef, tags?: () => Promise<Record<string, string> | undefined>): Promise<void> {
  await actor.permissions?.requireResource(need, resource, tags);
}

const SHOWN = 5;

/**
 * A batch update reaches every published API bound to the resource: each must be inside the
 * person's grants (its stage; its group's tags when a grant is scoped by tags), or nothing is
 * sent and the answer lists the ones outside.
 */
export async function guardApis(
  actor: Actor,
  kind: ResourceKind,
  profile: string,
  apis: readonly PublishedApi[] | (() => Promise<readonly PublishedApi[]>),
  groupTags: () => Promise<ReadonlyMap<string, Record<string, string>>>,
): Promise<void> {
  const permissions = actor.permissions;
  if (!permissions || permissions.coversEveryApi(kind, profile)) return;
  if (typeof apis === 'function') apis = await apis();
  const tagged = permissions.grants.some((g) => g.scope.tags);
  const tagsOf = tagged ? await groupTags() : undefined;
  const outside = apis.filter(
    (api) => !permissions.allows({ need: 'change', kind, profile, stage: api.stageName as StageName, ...(tagsOf ? { tags: tagsOf.get(api.groupId) ?? {} } : {}) }),
  );
  if (outside.length === 0) return;
  const named = outside
    .slice(0, SHOWN)
    .map((api) => `${api.apiName} (${api.groupName}, ${api.stageName})`)
    .join(', ');
  const more = outside.length > SHOWN ? ` and ${outside.length - SHOWN} more` : '';
  throw new AppError(
    ErrorCode.forbidden,
    `This change would also update ${outside.length} published API${outside.length === 1 ? '' : 's'} outside your grants: ${named}${more}. Nothing was sent.`,
    403,
    { outsideScope: [...outside] },
  );
}
