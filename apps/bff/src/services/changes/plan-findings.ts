import { apiKeyOf, type Binding, type Finding, type InventoryResource } from '@portico/contracts/bindings';
import type { PlanFindings } from '@portico/contracts/changes';
import { computeFindings } from '../bindings/findings.ts';

/** A published API as the plan names it. */
export interface PlannedApi {
  apiId: string;
  stageName: string;
}

/** A finding's identity: the same kind about the same subject with the same values is the same finding. */
const identity = (f: Finding) => `${f.kind}|${f.subject}|${JSON.stringify(f.params ?? {})}`;

const findingsOf = (resource: InventoryResource | undefined, apis: readonly PlannedApi[]): Finding[] => {
  if (!resource) return [];
  const bindings: Binding[] = apis.map((api) => ({ resource: resource.key, api: apiKeyOf(api) }));
  // Only the resource's own findings: the APIs are not passed, so "API without an ACL" and the
  // like, which depend on every other resource, are left to the inventory.
  return computeFindings([], [resource], bindings);
};

/**
 * What the change would do to the findings: those the resource has now and would lose, and those
 * it would gain. The rules are the bindings inventory's own (one source), applied to the resource
 * before and after.
 */
export function planFindings(before: InventoryResource | undefined, after: InventoryResource | undefined, apis: readonly PlannedApi[]): PlanFindings {
  const was = findingsOf(before, apis);
  const will = findingsOf(after, apis);
  const wasIds = new Set(was.map(identity));
  const willIds = new Set(will.map(identity));
  return { added: will.filter((f) => !wasIds.has(identity(f))), resolved: was.filter((f) => !willIds.has(identity(f))) };
}
