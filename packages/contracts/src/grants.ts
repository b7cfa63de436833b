import { z } from 'zod';
import { Role, type UserRole } from './roles.ts';
import { ProfileId } from './profiles.ts';
import { StageName } from './published-apis.ts';
import { issue, messageRefOf, msg } from './messages.ts';

/** The cloud resources a grant can be scoped to. */
export const ResourceKind = z.enum(['vpc-authorization', 'ip-control', 'backend-model', 'endpoint-service']);
export type ResourceKind = z.infer<typeof ResourceKind>;

/** A tag key and value as the clouds allow them (no = * < > \ , | /). */
const tagText = (max: number) =>
  z
    .string()
    .max(max, msg('maxChars', { max }))
    .regex(/^[^=*<>\\,|/]*$/, msg('noTagChars'));

const TagKey = tagText(36).min(1, msg('required'));

/** A resource name, or a prefix ending in `*` (`orders-*`). */
const NamePattern = z
  .string()
  .trim()
  .min(1, msg('required'))
  .max(128, msg('maxChars', { max: 128 }))
  .regex(/^[^*]*\*?$/, msg('namePatternStar'));

/**
 * Where a grant applies. Each part narrows it; a part left out means "any". Several tags must
 * all be on the resource.
 */
/** A tag key's own issue, passed on with its key (or "is not a tag key"). */
function tagKeyIssue(inner: z.core.$ZodIssue | undefined) {
  const ref = inner && messageRefOf(inner);
  return inner && ref ? { message: inner.message, params: ref } : issue('notTagKey');
}

export const GrantScope = z.strictObject({
  profiles: z.array(ProfileId).min(1, msg('listOneProfile')).optional(),
  kinds: z.array(ResourceKind).min(1, msg('listOneKind')).optional(),
  tags: z
    .record(z.string(), tagText(43))
    .superRefine((tags, ctx) => {
      // Each key by the same rule, with its own message (a record's key schema only says "Invalid key").
      for (const key of Object.keys(tags)) {
        const checked = TagKey.safeParse(key);
        if (!checked.success) ctx.addIssue({ code: 'custom', path: [key], ...tagKeyIssue(checked.error.issues[0]) });
      }
    })
    .optional(),
  names: z.array(NamePattern).min(1, msg('listOneName')).optional(),
  /** For changes made per stage (backend models): only these stages. */
  stages: z.array(StageName).min(1, msg('listOneStage')).optional(),
});
export type GrantScope = z.infer<typeof GrantScope>;

export const GrantSubject = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('user'), username: z.string().trim().toLowerCase().min(1, msg('required')).max(64) }),
  z.strictObject({ type: z.literal('group'), group: z.string().trim().min(1, msg('required')).max(256) }),
]);
export type GrantSubject = z.infer<typeof GrantSubject>;

export const GrantInput = z.strictObject({ subject: GrantSubject, role: Role, scope: GrantScope.default({}) });
export type GrantInput = z.input<typeof GrantInput>;
/** A grant as checked (its scope filled in). */
export type CheckedGrantInput = z.output<typeof GrantInput>;

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

export const GrantList = z.object({ items: z.array(Grant) });
export type GrantList = z.infer<typeof GrantList>;
export const GrantParams = z.object({ id: z.uuid(msg('grantId')) });

/** What one request asks to do, and to what. Unknown parts (a list before it is read) are left out. */
export interface AccessRequest {
  need: 'read' | 'change' | 'admin';
  /** Portico itself (people, grants, settings): only a grant with no scope at all covers it. */
  global?: boolean;
  /**
   * Everything of a profile at once (the bindings inventory shows every kind): only a grant not
   * narrowed to kinds, names or tags covers it.
   */
  wholeProfile?: boolean;
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
 * before a list is read, no tags before the resource is read) does not stop a narrower grant
 * from applying: the resource-level check that follows decides, with the tags it read (`{}`
 * for a resource without tags, which a tag-scoped grant then does not cover).
 */
export function scopeCovers(scope: GrantScope, request: AccessRequest): boolean {
  if (scope.profiles && request.profile !== undefined && !scope.profiles.includes(request.profile)) return false;
  if (scope.kinds && request.kind !== undefined && !scope.kinds.includes(request.kind)) return false;
  if (scope.stages && request.stage !== undefined && !scope.stages.includes(request.stage)) return false;
  if (scope.names && request.name !== undefined && !scope.names.some((pattern) => nameMatches(pattern, request.name!))) return false;
  if (scope.tags && request.tags !== undefined && !Object.entries(scope.tags).every(([key, value]) => request.tags![key] === value)) return false;
  return true;
}

/** A scope with no part: the grant applies everywhere. */
export const isGlobal = (scope: GrantScope) => Object.values(scope).every((part) => part === undefined);

export function grantAllows(grant: Pick<Grant, 'role' | 'scope'>, request: AccessRequest): boolean {
  if (request.global && !isGlobal(grant.scope)) return false;
  if (request.wholeProfile && (grant.scope.kinds || grant.scope.names || grant.scope.tags)) return false;
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

/** A grant a person holds, and where it comes from ("global role", "you", "group orders"). */
export const EffectiveGrant = z.object({
  role: Role,
  scope: GrantScope,
  from: z.string(),
  /** The grant's id; absent for the global role. */
  grantId: z.string().optional(),
  description: z.string(),
});
export type EffectiveGrant = z.infer<typeof EffectiveGrant>;

/** A person's effective grants: their global role (as a grant with no scope), then their own and their groups'. */
export function effectiveGrants(person: { username: string; groups: readonly string[]; role: UserRole }, all: readonly Grant[]): EffectiveGrant[] {
  const global: EffectiveGrant[] =
    person.role === 'none' ? [] : [{ role: person.role, scope: {}, from: 'global role', description: describeGrant({ role: person.role, scope: {} }) }];
  const own = grantsOf(all, person).map((g) => ({
    role: g.role,
    scope: g.scope,
    from: g.subject.type === 'user' ? 'you' : `group ${g.subject.group}`,
    grantId: g.id,
    description: describeGrant(g),
  }));
  return [...global, ...own];
}

const leastRole: Record<AccessRequest['need'], Role> = { read: 'viewer', change: 'operator', admin: 'admin' };

/** The narrowest grant that would allow a request, in words: "operator on backend models in RELEASE of profile alibaba-prod". */
export function missingGrant(request: AccessRequest): string {
  const scope: GrantScope = request.global
    ? {}
    : {
        ...(request.kind ? { kinds: [request.kind] } : {}),
        ...(request.name !== undefined ? { names: [request.name] } : {}),
        ...(request.stage ? { stages: [request.stage] } : {}),
        ...(request.profile ? { profiles: [request.profile] } : {}),
      };
  if (request.wholeProfile) return `${describeGrant({ role: leastRole[request.need], scope })}, not narrowed to kinds, names or tags`;
  return describeGrant({ role: leastRole[request.need], scope });
}

/**
 * The one rule, used by the BFF for every request and by the SPA for every button: `undefined`
 * when one of the grants allows the request, otherwise why not, naming the grant that would.
 */
export function decide(grants: readonly Pick<Grant, 'role' | 'scope'>[], request: AccessRequest): string | undefined {
  if (grants.some((g) => grantAllows(g, request))) return undefined;
  return `This needs ${missingGrant(request)}.`;
}

/**
 * PORTICO_ACCESS_FILE (JSON or YAML): the grants that live in Git. A subject may be written
 * short, `group: orders-ops` or `user: ana`, instead of `subject: {type: group, group: …}`.
 */
const FileGrant = z.preprocess((value) => {
  if (typeof value !== 'object' || value === null || 'subject' in value) return value;
  const { group, user, ...rest } = value as Record<string, unknown>;
  if (group !== undefined) return { ...rest, subject: { type: 'group', group } };
  if (user !== undefined) return { ...rest, subject: { type: 'user', username: user } };
  return value;
}, GrantInput);

export const AccessFile = z.strictObject({ grants: z.array(FileGrant).default([]) });
export type AccessFile = z.infer<typeof AccessFile>;
