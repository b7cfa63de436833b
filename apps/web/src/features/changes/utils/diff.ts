/** One changed field of a plan: its path, and the value before and after ("—" when absent). */
export interface DiffRow {
  path: string;
  before: string;
  after: string;
}

function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(prefix || '(value)', Array.isArray(value) ? '[]' : '{}');
    for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== undefined && !(value === null && !prefix)) {
    // A whole value of null (a removal's after) has no fields.
    out.set(prefix || '(value)', value === null ? '—' : String(value));
  }
  return out;
}

/** The fields that differ between a plan's before and after, in a stable order. */
export function planDiff(before: unknown, after: unknown): DiffRow[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.flatMap((path) => (a.get(path) === b.get(path) ? [] : [{ path, before: a.get(path) ?? '—', after: b.get(path) ?? '—' }]));
}
