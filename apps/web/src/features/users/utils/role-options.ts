import { Role, roleMeaning } from '@portico/contracts/auth';

/** Every role with what it allows, in the contracts' order (least first). */
export const roleOptions = Role.options.map((role) => ({ value: role, label: `${role} — ${roleMeaning[role]}` }));

/** Just the names, for the narrow select in a row. */
export const roleNameOptions = Role.options.map((role) => ({ value: role, label: role }));
