import { GrantInput, type CheckedGrantInput, type Grant, type ResourceKind } from '@portico/contracts/grants';
import type { Role } from '@portico/contracts/auth';
import type { StageName } from '@portico/contracts/published-apis';
import { i18n } from '@/lib/i18n/i18n';

/** The grant editor's fields: lists as the inputs hold them, tags as `key=value` chips. */
export interface GrantFormValues {
  subjectType: 'user' | 'group';
  subject: string;
  role: Role;
  profiles: string[];
  kinds: ResourceKind[];
  stages: StageName[];
  names: string[];
  tags: string[];
}

export type GrantFormField = keyof GrantFormValues;

export const emptyGrantForm: GrantFormValues = { subjectType: 'group', subject: '', role: 'viewer', profiles: [], kinds: [], stages: [], names: [], tags: [] };

export function fromGrant(grant: Grant): GrantFormValues {
  const { scope } = grant;
  return {
    subjectType: grant.subject.type,
    subject: grant.subject.type === 'user' ? grant.subject.username : grant.subject.group,
    role: grant.role,
    profiles: scope.profiles ?? [],
    kinds: scope.kinds ?? [],
    stages: scope.stages ?? [],
    names: scope.names ?? [],
    tags: Object.entries(scope.tags ?? {}).map(([key, value]) => `${key}=${value}`),
  };
}

const listOrNothing = <T>(list: T[]) => (list.length > 0 ? list : undefined);

/** Which editor field a contract path belongs to: `scope.tags.team` → tags, `subject.group` → subject. */
function fieldOf(path: readonly PropertyKey[]): GrantFormField {
  if (path[0] === 'subject') return 'subject';
  if (path[0] === 'role') return 'role';
  const part = String(path[1] ?? 'names');
  return (['profiles', 'kinds', 'stages', 'names', 'tags'] as const).find((f) => f === part) ?? 'names';
}

/**
 * The editor's values checked by the contracts' GrantInput (the BFF checks the same): the
 * grant to send, or a message per field. A chip that is not `key=value` is named here.
 */
export function checkGrantForm(
  values: GrantFormValues,
): { input: CheckedGrantInput; errors?: undefined } | { input?: undefined; errors: Partial<Record<GrantFormField, string>> } {
  const badTag = values.tags.find((tag) => !/^[^=]+=/.test(tag));
  if (badTag !== undefined) return { errors: { tags: i18n.t('grants.editor.tagFormat', { tag: badTag }) } };
  const tags = Object.fromEntries(values.tags.map((tag) => [tag.slice(0, tag.indexOf('=')).trim(), tag.slice(tag.indexOf('=') + 1).trim()]));
  const candidate = {
    subject: values.subjectType === 'user' ? { type: 'user', username: values.subject } : { type: 'group', group: values.subject },
    role: values.role,
    scope: {
      profiles: listOrNothing(values.profiles),
      kinds: listOrNothing(values.kinds),
      stages: listOrNothing(values.stages),
      names: listOrNothing(values.names),
      tags: values.tags.length > 0 ? tags : undefined,
    },
  };
  const result = GrantInput.safeParse(candidate);
  if (result.success) return { input: result.data };
  const errors: Partial<Record<GrantFormField, string>> = {};
  for (const issue of result.error.issues) errors[fieldOf(issue.path)] ??= issue.message;
  return { errors };
}
