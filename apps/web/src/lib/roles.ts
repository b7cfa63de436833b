import { can, Role, type Access } from '@portico/contracts/auth';

/**
 * Words around the contracts' one rule (`can`): which role a need starts at, and why a role
 * may not do something, said so that people know whom to ask.
 */

/** The least role that may do what `access` needs, found through `can` so the rule stays in one place. */
export function leastRoleFor(access: Access): Role | undefined {
  return Role.options.find((role) => can(role, access));
}

const cannot: Record<Access, string> = {
  public: 'cannot do this',
  read: 'cannot see this',
  change: 'can read but not change',
  admin: 'cannot manage people',
};

/**
 * Why `role` may not do what `access` needs, or `undefined` when it may:
 * "Your role (viewer) can read but not change. Ask an admin for the operator role."
 */
export function deniedReason(role: Role | undefined, access: Access): string | undefined {
  if (can(role, access)) return undefined;
  if (!role) return 'Sign in to continue.';
  const needed = leastRoleFor(access);
  return `Your role (${role}) ${cannot[access]}.${needed ? ` Ask an admin for the ${needed} role.` : ''}`;
}
