import { Username, type Role } from '@portico/contracts/auth';

/** What Portico keeps of a person from the provider's ID token and userinfo. */
export interface ProviderIdentity {
  subject: string;
  username: string;
  displayName: string;
  groups: string[];
}

export type Claims = Record<string, unknown>;

const MAX_GROUPS = 500;
const MAX_GROUP_LENGTH = 256;

/** The configured claim, else email; undefined when neither makes a valid Portico username. */
export function usernameFrom(claims: Claims, claim: string): string | undefined {
  for (const candidate of [claims[claim], claims.email]) {
    if (typeof candidate !== 'string') continue;
    const parsed = Username.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/** A list of strings, or one string (some providers send a single group so). Bounded either way. */
export function groupsFrom(claims: Claims, claim: string): string[] {
  const value = claims[claim];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const groups = list.filter((g): g is string => typeof g === 'string' && g.length > 0 && g.length <= MAX_GROUP_LENGTH);
  return [...new Set(groups)].slice(0, MAX_GROUPS);
}

/** `name`, else the username; made to fit the display-name rule (no control characters or < >, 80 at most). */
export function displayNameFrom(claims: Claims, username: string): string {
  const raw = typeof claims.name === 'string' ? claims.name : '';
  const clean = raw
    .replace(/[\p{Cc}<>]/gu, '')
    .trim()
    .slice(0, 80);
  return clean || username;
}

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

/** The highest role any of the groups maps to; undefined when none maps to one. */
export function roleForGroups(groups: readonly string[], groupRoles: ReadonlyMap<string, Role>): Role | undefined {
  let best: Role | undefined;
  for (const group of groups) {
    const role = groupRoles.get(group);
    if (role && (!best || rank[role] > rank[best])) best = role;
  }
  return best;
}
