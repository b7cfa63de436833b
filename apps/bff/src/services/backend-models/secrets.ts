import { SECRET_MASK, secretPaths, type BackendModelData } from '@portico/contracts/backend-models';
import { valueAt as get } from '@portico/contracts/backend-secrets';

type Json = Record<string, unknown>;

function set(data: Json, path: readonly string[], value: unknown): void {
  let node: Json = data;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object') return;
    node = next as Json;
  }
  node[path.at(-1)!] = value;
}

const clone = (data: BackendModelData): Json => structuredClone(data) as Json;

/** What the browser may see: every write-only value replaced by the mask. */
export function maskSecrets(data: BackendModelData): BackendModelData {
  const copy = clone(data);
  for (const path of secretPaths) if (get(copy, path)) set(copy, path, SECRET_MASK);
  return copy;
}

/**
 * A masked value on save means "keep the current one": put the stored secret back before the
 * model goes to the cloud. Returns the paths that were masked but have nothing stored to keep.
 */
export function restoreSecrets(incoming: BackendModelData, current: BackendModelData | undefined): { data: BackendModelData; missing: string[] } {
  const copy = clone(incoming);
  const missing: string[] = [];
  for (const path of secretPaths) {
    if (get(copy, path) !== SECRET_MASK) continue;
    const stored = current ? get(current as Json, path) : undefined;
    if (stored) set(copy, path, stored);
    else missing.push(path.join('.'));
  }
  return { data: copy, missing };
}
