import type { JsonPath } from './json-document';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How people read a path: `VpcConfig.Port`, `MockConfig.MockHeaders[0].HeaderName`. */
export function displayPath(path: JsonPath): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

/** `data.ServiceAddress` (the BFF's field key) → `['ServiceAddress']`; numeric segments are list indices. */
export function pathFromFieldKey(key: string): JsonPath {
  const withoutData = key === 'data' ? '' : key.startsWith('data.') ? key.slice(5) : key;
  if (!withoutData || withoutData === '_') return [];
  return withoutData.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

export function getAt(value: unknown, path: JsonPath): unknown {
  let node = value;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isObject(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `value` with `path` set (objects on the way are created), or removed when
 * `next` is undefined (objects left empty on the way are removed too).
 */
/** A copy of `object` without `key`. */
const without = (object: Json, key: string): Json => Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));

export function setAt(value: unknown, path: readonly string[], next: unknown): Json {
  const root: Json = isObject(value) ? { ...value } : {};
  const [head, ...rest] = path;
  if (head === undefined) return root;
  if (rest.length === 0) {
    if (next === undefined) return without(root, head);
    root[head] = next;
    return root;
  }
  const child = setAt(root[head], rest, next);
  if (Object.keys(child).length === 0 && next === undefined) return without(root, head);
  root[head] = child;
  return root;
}

/** Leaf paths whose values differ between two models (added, removed or changed). */
export function changedPaths(before: unknown, after: unknown, path: JsonPath = []): JsonPath[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedPaths(before[key], after[key], [...path, key]));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, i) => changedPaths(item, after[i], [...path, i]));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [path];
}
