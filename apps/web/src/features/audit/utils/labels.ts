import { auditOperations, type AuditEvent, type AuditResult } from '@portico/contracts/audit';
import { AUDIT_SECRET_CHANGED } from '@portico/contracts/audit-secrets';

export const resultColors: Record<AuditResult, string> = {
  pending: 'blue',
  succeeded: 'teal',
  failed: 'red',
  unknown: 'orange',
};

export type KnownOperation = (typeof auditOperations)[number];

/** An operation the catalogues describe in words ("changed a VPC authorization"). */
export const isKnownOperation = (operation: string): operation is KnownOperation => (auditOperations as readonly string[]).includes(operation);

/**
 * Operations the BFF records, offered as suggestions for the Operation filter (which matches a
 * name exactly). Anything else can still be typed.
 */
export const knownOperations: string[] = [...auditOperations];

/** Paths of the secrets a change replaced (recorded as a mark, never as a value). */
export function replacedSecrets(value: unknown, path = ''): string[] {
  if (value === AUDIT_SECRET_CHANGED) return [path];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => replacedSecrets(inner, path ? `${path}.${key}` : key));
  return [];
}

export type WhyNotRevertible =
  | { reason: 'reverted'; name: string; at: string }
  | { reason: 'isRevert' }
  | { reason: 'notSucceeded' }
  | { reason: 'secretReplaced'; fields: string }
  | { reason: 'created' }
  | { reason: 'unsupported'; operation: string };

/** Exactly why an event offers no Revert, for the page to say; undefined when it does. */
export function whyNotRevertible(event: AuditEvent): WhyNotRevertible | undefined {
  if (event.revertible) return undefined;
  if (event.revertedBy) return { reason: 'reverted', name: event.revertedBy.name, at: event.revertedBy.at };
  if (event.revertOf) return { reason: 'isRevert' };
  if (event.result !== 'succeeded') return { reason: 'notSucceeded' };
  const secrets = replacedSecrets(event.after);
  if (secrets.length > 0) return { reason: 'secretReplaced', fields: secrets.map((p) => p.slice(p.lastIndexOf('.') + 1)).join(', ') };
  if (event.operation === 'CreateBackendModel') return { reason: 'created' };
  // The BFF decides what it can undo; anything else is an operation it has no revert for.
  return { reason: 'unsupported', operation: event.operation };
}
