import type { Request } from 'express';
import type { ResourceKind } from '@portico/contracts/grants';
import type { HandleOptions } from './routing.ts';

interface Named {
  name: string;
  tags?: Record<string, string> | undefined;
}

const profileOf = (options: HandleOptions, kind: ResourceKind, profile: string | undefined) => options.resolveProfile?.(kind, profile) ?? profile ?? '';

/**
 * A list as the person may see it: every item for a global viewer (or more); otherwise only
 * the items a grant covers by name and tags. The page keeps the cloud's total, so a narrowed
 * page can hold fewer rows than its size.
 */
export function visibleItems<T>(
  req: Request,
  options: HandleOptions,
  kind: ResourceKind,
  profile: string | undefined,
  items: readonly T[],
  describe: (item: T) => Named,
): T[] {
  const permissions = req.auth?.permissions;
  if (!permissions || permissions.readsEverything()) return [...items];
  const resolved = profileOf(options, kind, profile);
  return permissions.visible(items, (item) => ({ kind, profile: resolved, ...describe(item) }));
}

/** One resource read by id: refused (403 naming the grant) unless a grant covers its name and tags. */
export async function requireVisible(
  req: Request,
  options: HandleOptions,
  kind: ResourceKind,
  profile: string | undefined,
  resource: Named,
  tags?: () => Promise<Record<string, string> | undefined>,
): Promise<void> {
  await req.auth?.permissions.requireResource('read', { kind, profile: profileOf(options, kind, profile), ...resource }, tags);
}
