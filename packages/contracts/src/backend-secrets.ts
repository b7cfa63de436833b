import { SECRET_MASK, secretPaths, type BackendModelData } from './backend-models.ts';

type Json = Record<string, unknown>;

/** Reads a nested value by path; undefined when any step is missing. */
export function valueAt(data: unknown, path: readonly string[]): unknown {
  let node: unknown = data;
  for (const key of path) node = node && typeof node === 'object' ? (node as Json)[key] : undefined;
  return node;
}

/**
 * The fields that decide where a stored secret is sent. A masked secret may be kept only while
 * every one of them is unchanged: otherwise an edit could point the backend at a server its
 * editor controls and the gateway would hand that server the stored password.
 */
export const secretDestinationFields: readonly { path: readonly string[]; label: string }[] = [
  { path: ['Type'], label: 'the backend type' },
  { path: ['DiscoveryConfig', 'RcType'], label: 'the discovery type' },
  { path: ['DiscoveryConfig', 'NacosConfig', 'ServerAddress'], label: 'the server address' },
  { path: ['DiscoveryConfig', 'NacosConfig', 'Namespace'], label: 'the namespace' },
  { path: ['DiscoveryConfig', 'NacosConfig', 'GroupName'], label: 'the group' },
  { path: ['DiscoveryConfig', 'NacosConfig', 'AuthType'], label: 'the authentication type' },
];

/**
 * Masked secrets that must be typed again because their destination changed, as field messages
 * keyed by the secret's path (`DiscoveryConfig.NacosConfig.Password`). Empty when every masked
 * secret may be kept. Used by the editor before review and by the BFF before any cloud call.
 */
export function secretsToRetype(incoming: BackendModelData, current: BackendModelData | undefined): Record<string, string> {
  const changed = changedSecretDestination(incoming, current);
  if (!changed) return {};
  const fields: Record<string, string> = {};
  for (const path of secretPaths) {
    if (valueAt(incoming, path) === SECRET_MASK) fields[path.join('.')] = `must be typed again: ${changed.label} changed`;
  }
  return fields;
}

/** The first field deciding a secret's destination that differs from the stored model, if any. */
export function changedSecretDestination(incoming: BackendModelData, current: BackendModelData | undefined): { label: string } | undefined {
  if (!current) return undefined;
  return secretDestinationFields.find(({ path }) => !sameValue(valueAt(incoming, path), valueAt(current, path)));
}

/** Empty, missing and undefined count as the same unset value. */
function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : v);
  return norm(a) === norm(b);
}
