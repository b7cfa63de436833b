import type { Inventory, InventoryResource } from '@portico/contracts/bindings';

/** A resource as a snapshot keeps it: what it is, its settings, and the APIs bound to it (sorted). */
export interface SnapshotEntry {
  kind: InventoryResource['kind'];
  cloud: InventoryResource['cloud'];
  id: string;
  name: string;
  subtype?: string | undefined;
  details?: Record<string, unknown> | undefined;
  apis: string[];
}

/** What one refresh saw, and which resources the console changed since (key → when). */
export interface SnapshotData {
  resources: Record<string, SnapshotEntry>;
  touched: Record<string, string>;
}

export interface DriftChange {
  change: 'created' | 'changed' | 'removed';
  key: string;
  before: SnapshotEntry | undefined;
  after: SnapshotEntry | undefined;
  /** The fields that differ: `name`, `details.cidrs`, `apis`… */
  fields: string[];
}

export function entriesOf(resources: InventoryResource[], bindings: Inventory['bindings']): Record<string, SnapshotEntry> {
  const apis = new Map<string, Set<string>>();
  for (const { resource, api } of bindings) apis.set(resource, (apis.get(resource) ?? new Set()).add(api));
  return Object.fromEntries(
    resources.map((r) => [
      r.key,
      {
        kind: r.kind,
        cloud: r.cloud,
        id: r.id,
        name: r.name,
        ...(r.subtype ? { subtype: r.subtype } : {}),
        ...(r.details ? { details: r.details } : {}),
        apis: [...(apis.get(r.key) ?? [])].sort(),
      },
    ]),
  );
}

export const snapshotOf = (inventory: Inventory): SnapshotData => ({ resources: entriesOf(inventory.resources, inventory.bindings), touched: {} });

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: SnapshotEntry, after: SnapshotEntry): string[] {
  const fields: string[] = [];
  for (const field of ['name', 'subtype'] as const) if (before[field] !== after[field]) fields.push(field);
  const keys = new Set([...Object.keys(before.details ?? {}), ...Object.keys(after.details ?? {})]);
  for (const key of keys) if (!same(before.details?.[key], after.details?.[key])) fields.push(`details.${key}`);
  if (!same(before.apis, after.apis)) fields.push('apis');
  return fields;
}

/**
 * What changed between two refreshes. A resource the console changed after the newer refresh
 * started is left out (that refresh may have read it before the change) and keeps its entry
 * from the older snapshot, which the console's update already brought up to date.
 */
export function diffSnapshots(previous: SnapshotData, next: SnapshotData, nextStartedAt: Date): { changes: DriftChange[]; snapshot: SnapshotData } {
  const merged = new Map(Object.entries(next.resources));
  const skipped = new Set<string>();
  for (const [key, at] of Object.entries(previous.touched)) {
    if (new Date(at).getTime() < nextStartedAt.getTime()) continue;
    skipped.add(key);
    const kept = previous.resources[key];
    if (kept) merged.set(key, kept);
    else merged.delete(key);
  }
  const resources = Object.fromEntries(merged);
  const changes: DriftChange[] = [];
  for (const key of new Set([...Object.keys(previous.resources), ...Object.keys(resources)])) {
    if (skipped.has(key)) continue;
    const before = previous.resources[key];
    const after = resources[key];
    if (!before && after) changes.push({ change: 'created', key, before, after, fields: [] });
    else if (before && !after) changes.push({ change: 'removed', key, before, after, fields: [] });
    else if (before && after) {
      const fields = changedFields(before, after);
      if (fields.length > 0) changes.push({ change: 'changed', key, before, after, fields });
    }
  }
  // What the console touched during this refresh stays marked until the next one has read it.
  const touched = Object.fromEntries(Object.entries(previous.touched).filter(([key]) => skipped.has(key)));
  return { changes, snapshot: { resources, touched } };
}
