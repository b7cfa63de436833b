import { canonicalCidr, parseCidr } from '@portico/contracts/cidr';
import type { PolicyItem, PolicyItemInput } from '@portico/contracts/ip-controls';

/**
 * What a save changes in one policy item, for the review step: entries added and removed,
 * entries written differently for the same network, and the AppId.
 */
export interface PolicyItemChanges {
  added: string[];
  removed: string[];
  /** Same network, written differently (10.0.0.1 → 10.0.0.1/32): the cloud keeps the new text. */
  rewritten: { from: string; to: string }[];
  unchanged: string[];
  appId: { before: string; after: string; changed: boolean };
  /** Whether saving changes anything at all. */
  changed: boolean;
}

/** Entries compare by the network they cover; what is not an address compares as text. */
function keyOf(entry: string): string {
  const parsed = parseCidr(entry);
  return parsed ? canonicalCidr(parsed) : entry.trim();
}

/** `before` is null for a new item. */
export function policyItemChanges(before: Pick<PolicyItem, 'cidrs' | 'appId'> | null, after: PolicyItemInput): PolicyItemChanges {
  const beforeEntries = (before?.cidrs ?? []).map((c) => c.trim());
  const afterEntries = after.cidrs.map((c) => c.trim());
  const beforeByKey = new Map(beforeEntries.map((entry) => [keyOf(entry), entry]));
  const afterKeys = new Set(afterEntries.map(keyOf));

  const added: string[] = [];
  const rewritten: { from: string; to: string }[] = [];
  const unchanged: string[] = [];
  for (const entry of afterEntries) {
    const previous = beforeByKey.get(keyOf(entry));
    if (previous === undefined) added.push(entry);
    else if (previous !== entry) rewritten.push({ from: previous, to: entry });
    else unchanged.push(entry);
  }
  const removed = beforeEntries.filter((entry) => !afterKeys.has(keyOf(entry)));

  const appIdBefore = before?.appId?.trim() ?? '';
  const appIdAfter = after.appId?.trim() ?? '';
  const appIdChanged = appIdBefore !== appIdAfter;
  return {
    added,
    removed,
    rewritten,
    unchanged,
    appId: { before: appIdBefore, after: appIdAfter, changed: appIdChanged },
    changed: before === null || added.length > 0 || removed.length > 0 || rewritten.length > 0 || appIdChanged,
  };
}
