import { z } from 'zod';

/** What a grant gives: reading, changing cloud resources, or that and managing people. */
export const Role = z.enum(['viewer', 'operator', 'admin']);
export type Role = z.infer<typeof Role>;

/**
 * A person's global role, held everywhere. `none`: no global role at all, so only their grants
 * (their own and their groups') decide what they may do.
 */
export const UserRole = z.enum(['none', ...Role.options]);
export type UserRole = z.infer<typeof UserRole>;
