/**
 * How the audit log writes a secret it never keeps: the mask, or, on the after side of a change
 * that replaced it, a mark that says so. Readers show "Password: changed" without any value.
 */
export const AUDIT_SECRET_MASK = '******';
export const AUDIT_SECRET_CHANGED = '****** (changed)';

/** Whether a recorded value is a secret's mask (either form), never a value to show or compare. */
export const isAuditSecret = (value: unknown): boolean => value === AUDIT_SECRET_MASK || value === AUDIT_SECRET_CHANGED;
