import { UserRole, roleMeaning } from '@portico/contracts/auth';

const label = (role: UserRole) => (role === 'none' ? 'no global role' : role);

/** Every global role with what it allows, in the contracts' order (least first). */
export const roleOptions = UserRole.options.map((role) => ({ value: role, label: `${label(role)} — ${roleMeaning[role]}` }));

/** Just the names, for the narrow select in a row. */
export const roleNameOptions = UserRole.options.map((role) => ({ value: role, label: label(role) }));
