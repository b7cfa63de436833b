import { apiKeyOf, type Inventory } from '@portico/contracts/bindings';
import { entriesOf, type SnapshotEntry } from './drift.ts';
import { computeFindings } from './findings.ts';
import type { ReadResource, ResourceRefInput } from './resource-reader.ts';

/**
 * The inventory with one resource replaced by what was just read (or removed when it is gone):
 * its bindings replaced too and the findings computed again. Everything else stays as built.
 */
export function patchInventory(
  inventory: Inventory,
  ref: ResourceRefInput,
  read: ReadResource | undefined,
  at: Date,
): { inventory: Inventory; entries: Record<string, SnapshotEntry | undefined> } {
  const matches = (r: Inventory['resources'][number]) =>
    r.kind === ref.kind &&
    ((ref.id !== undefined && r.id === ref.id) || (ref.name !== undefined && r.name === ref.name) || (read !== undefined && r.key === read.resource.key));
  const old = new Set(inventory.resources.filter(matches).map((r) => r.key));
  const resources = inventory.resources.filter((r) => !old.has(r.key));
  const bindings = inventory.bindings.filter((b) => !old.has(b.resource));
  if (read) {
    resources.push(read.resource);
    for (const api of read.apis) bindings.push({ resource: read.resource.key, api: apiKeyOf(api) });
  }
  // For the snapshot: the resource as the console left it, and the keys it no longer has.
  const entries: Record<string, SnapshotEntry | undefined> = Object.fromEntries([...old].map((key) => [key, undefined]));
  if (read)
    Object.assign(
      entries,
      entriesOf(
        [read.resource],
        bindings.filter((b) => b.resource === read.resource.key),
      ),
    );
  return {
    inventory: {
      ...inventory,
      resources,
      bindings,
      findings: computeFindings(inventory.apis, resources, bindings),
      updatedAt: at.toISOString(),
      updates: (inventory.updates ?? 0) + 1,
    },
    entries,
  };
}
