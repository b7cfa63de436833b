/** Keys whose values are credentials wherever they appear in a resource. */
const secretKey = /(password|secret|secretkey|accesskey|accesskeysecret|token|credential)s?$/i;
export const MASK = '******';

/** A deep copy with every secret-looking value masked; used for anything the audit log keeps. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
        key,
        secretKey.test(key) && inner !== undefined && inner !== null && inner !== '' ? MASK : redactSecrets(inner),
      ]),
    );
  }
  return value;
}
