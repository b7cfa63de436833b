import { decide, type AccessRequest, type EffectiveGrant, type ResourceKind } from '@portico/contracts/grants';
import type { StageName } from '@portico/contracts/published-apis';
import { ErrorCode } from '@portico/contracts/errors';
import { AppError } from '../../errors.ts';

/** One cloud resource as grants see it. */
export interface ResourceRef {
  kind: ResourceKind;
  profile: string;
  name?: string | undefined;
  tags?: Record<string, string> | undefined;
  stage?: StageName | undefined;
}

/**
 * What one request's person may do: their effective grants, decided by the contracts' one rule
 * (`decide`), so the BFF refuses exactly what the console shows disabled. A refusal names the
 * grant that would allow it.
 */
export class Permissions {
  constructor(readonly grants: readonly EffectiveGrant[]) {}

  /** Everyone may do everything: for the console's own jobs (reverts run as their author still). */
  static readonly everything = new Permissions([{ role: 'admin', scope: {}, from: 'system', description: 'admin on every resource of every profile' }]);

  allows(request: AccessRequest): boolean {
    return decide(this.grants, request) === undefined;
  }

  require(request: AccessRequest): void {
    const reason = decide(this.grants, request);
    if (reason) throw new AppError(ErrorCode.forbidden, reason, 403);
  }

  /**
   * A resource-level check: first without the resource's tags, then, only when a tag-scoped
   * grant could decide it, with the tags the caller reads (which may cost a cloud call).
   */
  async requireResource(need: AccessRequest['need'], resource: ResourceRef, tags?: () => Promise<Record<string, string> | undefined>): Promise<void> {
    // Read, a resource's tags are known: none given means none (which a tag-scoped grant does not cover).
    const request: AccessRequest = { need, ...resource, tags: resource.tags ?? {} };
    if (this.allows(request)) return;
    if (resource.tags === undefined && tags && this.grants.some((g) => g.scope.tags)) {
      return this.require({ ...request, tags: (await tags()) ?? {} });
    }
    this.require(request);
  }

  /** The items of a list the person may see (a list read before names and tags are known). */
  visible<T>(items: readonly T[], describe: (item: T) => ResourceRef): T[] {
    return items.filter((item) => {
      const resource = describe(item);
      return this.allows({ need: 'read', ...resource, tags: resource.tags ?? {} });
    });
  }

  /**
   * Whether a change to this kind in this profile may reach any published API (a grant with no
   * stage or tag limit covers it), so a batch needs no per-API check and no extra cloud read.
   */
  coversEveryApi(kind: ResourceKind, profile: string): boolean {
    return this.grants.some((g) => !g.scope.stages && !g.scope.tags && !g.scope.names && g.role !== 'viewer' && this.allowsGrant(g, kind, profile));
  }

  private allowsGrant(grant: EffectiveGrant, kind: ResourceKind, profile: string): boolean {
    return decide([grant], { need: 'change', kind, profile }) === undefined;
  }

  /** Whether every read is allowed anyway (a global viewer or more): lists need no filtering. */
  readsEverything(): boolean {
    return this.grants.some((g) => Object.values(g.scope).every((part) => part === undefined));
  }
}
