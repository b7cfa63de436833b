import { z } from 'zod';
import { Role } from './auth.ts';
import { ProfileId } from './profiles.ts';
import { StageName } from './published-apis.ts';

/** The cloud resources a grant can be scoped to. */
export const ResourceKind = z.enum(['vpc-authorization', 'ip-control', 'backend-model', 'endpoint-service']);
export type ResourceKind = z.infer<typeof ResourceKind>;

/** A tag key and value as the clouds allow them (no = * < > \ , | /). */
const tagText = (max: number) =>
  z
    .string()
    .max(max, `must be ${max} characters or fewer`)
    .regex(/^[^=*<>\\,|/]*$/, 'must not contain = * < > \\ , | /');

/** A resource name, or a prefix ending in `*` (`orders-*`). */
const NamePattern = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(128, 'must be 128 characters or fewer')
  .regex(/^[^*]*\*?$/, 'may end in * and hold no other *');

/**
 * Where a grant applies. Each part narrows it; a part left out means "any". Several tags must
 * all be on the resource.
 */
export const GrantScope = z.strictObject({
  profiles: z.array(ProfileId).min(1, 'list at least one profile, or leave profiles out').optional(),
  kinds: z.array(ResourceKind).min(1, 'list at least one kind, or leave kinds out').optional(),
  tags: z.record(tagText(36).min(1, 'is required'), tagText(43)).optional(),
  names: z.array(NamePattern).min(1, 'list at least one name, or leave names out').optional(),
  /** For changes made per stage (backend models): only these stages. */
  stages: z.array(StageName).min(1, 'list at least one stage, or leave stages out').optional(),
});
export type GrantScope = z.infer<typeof GrantScope>;

export const GrantSubject = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('user'), username: z.string().trim().toLowerCase().min(1, 'is required').max(64) }),
  z.strictObject({ type: z.literal('group'), group: z.string().trim().min(1, 'is required').max(256) }),
]);
export type GrantSubject = z.infer<typeof GrantSubject>;

export const GrantInput = z.strictObject({ subject: GrantSubject, role: Role, scope: GrantScope.default({}) });
export type GrantInput = z.input<typeof GrantInput>;

export const Grant = z.object({
  id: z.string(),
  subject: GrantSubject,
  role: Role,
  scope: GrantScope,
  /** `file`: loaded from PORTICO_ACCESS_FILE (changed there, not in the console). */
  source: z.enum(['console', 'file']),
  createdAt: z.string(),
});
export type Grant = z.infer<typeof Grant>;

/** What one request asks to do, and to what. Unknown parts (a list before it is read) are left out. */
export interface AccessRequest {
  need: 'read' | 'change' | 'admin';
  profile?: string | undefined;
  kind?: ResourceKind | undefined;
  name?: string | undefined;
  tags?: Record<string, string> | undefined;
  stage?: StageName | undefined;
}

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };
const needed: Record<AccessRequest['need'], number> = { read: 0, change: 1, admin: 2 };

const nameMatches = (pattern: string, name: string) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name);

/**
 * Whether a scope covers a request. A part of the request that is not known yet (no name
 * before a list is read) does not stop a narrower grant from applying: the resource-level check
 * that follows decides.
 */
export function scopeCovers(scope: GrantScope, request: AccessRequest): boolean {
  if (scope.profiles && request.profile !== undefined && !scope.profiles.includes(request.profile)) return false;
  if (scope.kinds && request.kind !== undefined && !scope.kinds.includes(request.kind)) return false;
  if (scope.stages && request.stage !== undefined && !scope.stages.includes(request.stage)) return false;
  if (scope.names && request.name !== undefined && !scope.names.some((pattern) => nameMatches(pattern, request.name!))) return false;
  if (scope.tags && request.tags !== undefined && !Object.entries(scope.tags).every(([key, value]) => request.tags![key] === value)) return false;
  // A tag- or name-scoped grant never covers a resource whose tags or name are known not to be given.
  if (scope.tags && request.name !== undefined && request.tags === undefined) return false;
  return true;
}

/** A scope with no part: the grant applies everywhere. */
export const isGlobal = (scope: GrantScope) => Object.values(scope).every((part) => part === undefined);

export function grantAllows(grant: Pick<Grant, 'role' | 'scope'>, request: AccessRequest): boolean {
  return rank[grant.role] >= needed[request.need] && scopeCovers(grant.scope, request);
}

/** The grants of a person: their own and their groups'. */
export function grantsOf(all: readonly Grant[], person: { username: string; groups: readonly string[] }): Grant[] {
  return all.filter((g) => (g.subject.type === 'user' ? g.subject.username === person.username : person.groups.includes(g.subject.group)));
}

/** One grant in words: "operator on backend models in TEST and PRE of profile alibaba-prod, tagged team=orders". */
export function describeGrant(grant: Pick<Grant, 'role' | 'scope'>): string {
  const { scope } = grant;
  const parts: string[] = [grant.role];
  parts.push(scope.kinds ? `on ${scope.kinds.map((k) => k.replace(/-/g, ' ') + 's').join(', ')}` : 'on every resource');
  if (scope.names) parts.push(`named ${scope.names.join(' or ')}`);
  if (scope.stages) parts.push(`in ${scope.stages.join(' and ')}`);
  parts.push(scope.profiles ? `of ${scope.profiles.length === 1 ? 'profile' : 'profiles'} ${scope.profiles.join(', ')}` : 'of every profile');
  if (scope.tags)
    parts.push(
      `tagged ${Object.entries(scope.tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(' and ')}`,
    );
  return parts.join(' ');
}
