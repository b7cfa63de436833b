/**
 * A readable diff of two states of a resource (an audit event's before/after, or a revert's
 * current/restore): every leaf by its path (`port`, `cidrs.0`, `backend.vpc.port`), marked
 * changed, added, removed or unchanged, in the order people read the resource.
 */
export type DiffKind = 'changed' | 'added' | 'removed' | 'unchanged';

export interface DiffRow {
  /** Dotted path of the leaf; `''` when the whole state is one plain value. */
  path: string;
  before: string | undefined;
  after: string | undefined;
  kind: DiffKind;
}

/** How one leaf reads: strings as they are (an empty one as `""`), everything else as JSON. */
export function formatLeaf(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return JSON.stringify(value) ?? String(value);
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

function walk(value: unknown, path: string, into: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0 && path) into.set(path, '[]');
    value.forEach((item, index) => walk(item, join(path, String(index)), into));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined);
    if (entries.length === 0 && path) into.set(path, '{}');
    for (const [key, inner] of entries) walk(inner, join(path, key), into);
    return;
  }
  if (value === undefined) return;
  into.set(path, formatLeaf(value));
}

/**
 * Every leaf of a JSON value by its path, in document order. `null` or `undefined` as a whole is
 * "no state" (the resource did not exist), so it has no leaves.
 */
export function flattenState(value: unknown): Map<string, string> {
  const leaves = new Map<string, string>();
  if (value === null || value === undefined) return leaves;
  walk(value, '', leaves);
  return leaves;
}

/** The last place in `order` under the same parent as `path` (`cidrs` or `cidrs.1` for `cidrs.2`). */
function lastSibling(order: readonly string[], path: string): number {
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  if (!parent) return -1;
  return order.findLastIndex((p) => p === parent || p.startsWith(`${parent}.`));
}

/**
 * Paths of both states: the first's order; a path only the second has goes after its
 * predecessor there, or, when it has none yet, after its siblings.
 */
function mergedOrder(first: readonly string[], second: readonly string[]): string[] {
  const order = [...first];
  const seen = new Set(order);
  let anchor = -1;
  for (const path of second) {
    if (seen.has(path)) {
      anchor = order.indexOf(path);
      continue;
    }
    if (anchor === -1) anchor = lastSibling(order, path);
    order.splice(anchor + 1, 0, path);
    seen.add(path);
    anchor += 1;
  }
  return order;
}

export function diffStates(before: unknown, after: unknown): DiffRow[] {
  const a = flattenState(before);
  const b = flattenState(after);
  return mergedOrder([...a.keys()], [...b.keys()]).map((path) => {
    const was = a.get(path);
    const now = b.get(path);
    const kind: DiffKind = was === undefined ? 'added' : now === undefined ? 'removed' : was === now ? 'unchanged' : 'changed';
    return { path, before: was, after: now, kind };
  });
}

export interface DiffSummary {
  changed: number;
  added: number;
  removed: number;
  unchanged: number;
}

export function summarizeDiff(rows: readonly DiffRow[]): DiffSummary {
  const summary: DiffSummary = { changed: 0, added: 0, removed: 0, unchanged: 0 };
  for (const row of rows) summary[row.kind] += 1;
  return summary;
}

/** True when nothing would change: every leaf the same on both sides. */
export const isNoChange = (rows: readonly DiffRow[]) => rows.every((row) => row.kind === 'unchanged');
