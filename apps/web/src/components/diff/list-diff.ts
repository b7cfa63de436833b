/**
 * Lists inside a resource (port mappings, accounts, CIDR blocks) compared as lists: which items
 * were added and which removed, whatever their positions, so "160 port mappings added" reads as
 * such rather than as 480 `ports.40.protocol` rows. The rest of the state is compared field by field.
 */
export interface ListChange {
  /** Dotted path of the list in the resource (`ports`). */
  path: string;
  /** Its own key (`ports`), for its name. */
  key: string;
  added: unknown[];
  removed: unknown[];
  /** Items on both sides. */
  kept: number;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** A value's identity: the same JSON whatever the order of its keys. */
function identity(value: unknown): string {
  const canonical = (inner: unknown): unknown =>
    Array.isArray(inner)
      ? inner.map(canonical)
      : isRecord(inner)
        ? Object.fromEntries(
            Object.keys(inner)
              .sort()
              .map((k) => [k, canonical(inner[k])]),
          )
        : inner;
  return JSON.stringify(canonical(value)) ?? 'undefined';
}

/** Items of `from` that `than` does not have, counting repeats. */
function missingFrom(from: readonly unknown[], than: readonly unknown[]): unknown[] {
  const counts = new Map<string, number>();
  for (const item of than) counts.set(identity(item), (counts.get(identity(item)) ?? 0) + 1);
  return from.filter((item) => {
    const key = identity(item);
    const left = counts.get(key) ?? 0;
    if (left > 0) counts.set(key, left - 1);
    return left === 0;
  });
}

function collectLists(value: unknown, path: string, into: Map<string, unknown[]>): void {
  if (Array.isArray(value)) {
    if (path) into.set(path, value);
    return;
  }
  if (isRecord(value)) for (const [key, inner] of Object.entries(value)) collectLists(inner, path ? `${path}.${key}` : key, into);
}

/** A copy without the lists at `paths` (they are shown as lists instead). */
function withoutLists(value: unknown, paths: ReadonlySet<string>, path = ''): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !paths.has(path ? `${path}.${key}` : key))
      .map(([key, inner]) => [key, withoutLists(inner, paths, path ? `${path}.${key}` : key)]),
  );
}

/** The lists of two states compared as lists, and both states without them for the field diff. */
export function splitLists(before: unknown, after: unknown): { before: unknown; after: unknown; lists: ListChange[] } {
  const was = new Map<string, unknown[]>();
  const now = new Map<string, unknown[]>();
  collectLists(before, '', was);
  collectLists(after, '', now);
  const paths = [...new Set([...was.keys(), ...now.keys()])];
  const lists = paths.map((path) => {
    const a = was.get(path) ?? [];
    const b = now.get(path) ?? [];
    const added = missingFrom(b, a);
    return { path, key: path.slice(path.lastIndexOf('.') + 1), added, removed: missingFrom(a, b), kept: b.length - added.length };
  });
  const set = new Set(paths);
  return { before: withoutLists(before, set), after: withoutLists(after, set), lists };
}

/** The columns of a list's items: every field any item has, in the order first seen. */
export function itemColumns(items: readonly unknown[]): string[] {
  const columns = new Set<string>();
  for (const item of items) if (isRecord(item)) for (const key of Object.keys(item)) columns.add(key);
  return [...columns];
}
