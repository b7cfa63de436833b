import { AUDIT_SECRET_CHANGED, AUDIT_SECRET_MASK } from '@portico/contracts/audit-secrets';

/** Keys whose values are credentials wherever they appear in a resource. */
const secretKey = /(password|secret|secretkey|accesskey|accesskeysecret|token|credential)s?$/i;
export const MASK = AUDIT_SECRET_MASK;

const present = (value: unknown) => value !== undefined && value !== null && value !== '';
const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * A deep copy with every secret-looking value masked. With `previous` (the state before a
 * change), a secret that differs from the one at the same place before is marked changed, so
 * the audit log tells a rotation without keeping either value.
 */
export function redactSecrets(value: unknown, previous?: unknown): unknown {
  if (Array.isArray(value)) return value.map((item, index) => redactSecrets(item, Array.isArray(previous) ? previous[index] : undefined));
  if (isRecord(value)) {
    const before = isRecord(previous) ? previous : undefined;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (!secretKey.test(key) || !present(inner)) return [key, redactSecrets(inner, before?.[key])];
        const changed = before !== undefined && present(before[key]) && before[key] !== inner;
        return [key, changed ? AUDIT_SECRET_CHANGED : MASK];
      }),
    );
  }
  return value;
}

/** Both sides of a change as the audit log keeps them. */
export function redactChange(change: { before: unknown; after: unknown }): { before: unknown; after: unknown } {
  return { before: redactSecrets(change.before) ?? null, after: redactSecrets(change.after, change.before) ?? null };
}
