import { z } from 'zod';
import { Role } from '@portico/contracts/auth';
import { Secret } from '../../../secret.ts';

/** Sign-in with an OpenID Connect provider, as configured by the OIDC_* variables. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: Secret;
  /** The name on the sign-in button ("Sign in with …"). */
  name: string;
  scopes: string;
  groupsClaim: string;
  usernameClaim: string;
  /** Group → role; a person gets the highest role among their groups. */
  groupRoles: ReadonlyMap<string, Role>;
}

/** Raised for a setting that cannot work; the start stops with its one-line message. */
export class OidcSettingsError extends Error {
  override name = 'OidcSettingsError';
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * `group=role,group=role`. The last `=` of an entry starts the role, so a group name may hold
 * `=` itself (but not `,`, which separates entries). A group named twice keeps its highest role.
 */
export function parseGroupRoles(text: string | undefined): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const entry of (text ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf('=');
    const group = entry.slice(0, at).trim();
    const role = Role.safeParse(entry.slice(at + 1).trim());
    if (at <= 0 || !group || !role.success) throw new OidcSettingsError(`OIDC_GROUP_ROLES: "${entry}" is not group=viewer|operator|admin.`);
    const known = map.get(group);
    if (!known || Role.options.indexOf(role.data) > Role.options.indexOf(known)) map.set(group, role.data);
  }
  return map;
}

const Env = z.object({
  OIDC_ISSUER: z.url({ error: 'must be the issuer URL, e.g. https://login.example.com/realms/acme' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().trim().min(1).max(60).optional(),
  OIDC_SCOPES: z.string().trim().min(1).default('openid profile email'),
  OIDC_GROUPS_CLAIM: z.string().trim().min(1).default('groups'),
  OIDC_USERNAME_CLAIM: z.string().trim().min(1).default('preferred_username'),
  OIDC_GROUP_ROLES: z.string().optional(),
});

/**
 * Undefined when OIDC_ISSUER is unset (password sign-in only). Plain http is refused except on
 * loopback (a provider started next to the console in tests), since the codes and tokens
 * would travel in the clear.
 */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OidcSettingsError(`${String(issue?.path[0] ?? 'OIDC')} ${issue?.message ?? 'is invalid'}.`);
  }
  const e = parsed.data;
  if (!e.OIDC_ISSUER) return undefined;
  if (!e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) throw new OidcSettingsError('OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are needed too.');
  const issuer = new URL(e.OIDC_ISSUER);
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopbackHosts.has(issuer.hostname))) {
    throw new OidcSettingsError('OIDC_ISSUER must be an https URL (plain http is allowed on loopback only).');
  }
  const scopes = e.OIDC_SCOPES.split(/\s+/).includes('openid') ? e.OIDC_SCOPES : `openid ${e.OIDC_SCOPES}`;
  return {
    issuer,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: new Secret(e.OIDC_CLIENT_SECRET),
    name: e.OIDC_NAME ?? issuer.hostname,
    scopes,
    groupsClaim: e.OIDC_GROUPS_CLAIM,
    usernameClaim: e.OIDC_USERNAME_CLAIM,
    groupRoles: parseGroupRoles(e.OIDC_GROUP_ROLES),
  };
}
