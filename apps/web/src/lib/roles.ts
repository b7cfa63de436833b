import type { Access } from '@portico/contracts/auth';
import { decide, type EffectiveGrant, type ResourceKind } from '@portico/contracts/grants';
import type { StageName } from '@portico/contracts/published-apis';

/** What an action is on: the kind of resource, and what is known of it (profile, name, tags, stage). */
export interface ResourceRef {
  kind: ResourceKind;
  profile?: string | undefined;
  name?: string | undefined;
  tags?: Record<string, string> | undefined;
  stage?: StageName | undefined;
}

/**
 * Why the signed-in person may not do what `access` needs (on `resource`, when given), or
 * `undefined` when they may. The same rule as the BFF's (`decide`, from the contracts), so a
 * disabled button names the grant that would enable it: "This needs operator on backend
 * models in RELEASE of profile alibaba-prod."
 */
export function deniedReason(grants: readonly EffectiveGrant[] | undefined, access: Access, resource?: ResourceRef): string | undefined {
  if (access === 'public') return undefined;
  if (!grants) return 'Sign in to continue.';
  // Portico's own pages (the session, the audit log, tokens) need only a sign-in.
  if (access === 'read' && !resource) return undefined;
  const reason = decide(grants, { need: access, global: access === 'admin', ...resource });
  return reason ? `${reason} Ask an admin for it.` : undefined;
}
