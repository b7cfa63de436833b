import { z } from 'zod';
import { EffectiveGrant } from './grants.ts';
import { Role, UserRole } from './roles.ts';
import { Locale } from './locale.ts';
import { msg } from './messages.ts';

export { Role, UserRole };

/** What a route needs. Reading is for everyone signed in; changing for operators; people for admins. */
export const Access = z.enum(['public', 'read', 'change', 'admin']);
export type Access = z.infer<typeof Access>;

const rank: Record<UserRole, number> = { none: -1, viewer: 0, operator: 1, admin: 2 };
const needed: Record<Exclude<Access, 'public'>, number> = { read: 0, change: 1, admin: 2 };

/**
 * What a global role allows everywhere. Grants (see grants.ts) add scoped permissions on top;
 * `decide` there is the rule the BFF enforces.
 */
export function can(role: UserRole | undefined, access: Access): boolean {
  if (access === 'public') return true;
  return role !== undefined && rank[role] >= needed[access];
}

export const roleMeaning: Record<UserRole, string> = {
  none: 'only what their grants allow',
  viewer: 'reads everything, changes nothing',
  operator: 'changes cloud resources',
  admin: 'changes resources and manages people',
};

export const Username = z
  .string(msg('required'))
  .trim()
  .toLowerCase()
  .min(3, msg('charsBetween', { min: 3, max: 64 }))
  .max(64, msg('charsBetween', { min: 3, max: 64 }))
  .regex(/^[a-z0-9][a-z0-9._@-]*$/, msg('usernameChars'));

/** New passwords: long rather than clever (NIST 800-63B); no composition rules. */
export const NewPassword = z
  .string(msg('required'))
  .min(12, msg('minChars', { min: 12 }))
  .max(256, msg('maxChars', { max: 256 }));

export const SignIn = z.strictObject({
  username: Username,
  password: z
    .string(msg('required'))
    .min(1, msg('required'))
    .max(256, msg('maxChars', { max: 256 })),
});
export type SignIn = z.infer<typeof SignIn>;

/** How a person signs in: a Portico password, or the identity provider (created at first sign-in). */
export const AuthSource = z.enum(['local', 'oidc']);
export type AuthSource = z.infer<typeof AuthSource>;

export const SessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** The global role: everywhere. `none`: only the grants below. */
  role: UserRole,
  /** SSO people have no Portico password to change. */
  source: AuthSource.optional(),
  /** The language the person chose in the console; null or absent follows the browser. */
  locale: Locale.nullable().optional(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionInfo = z.object({
  user: SessionUser,
  /** Sent back in the X-CSRF-Token header on every change. */
  csrfToken: z.string(),
  expiresAt: z.string(),
  idleTimeoutSeconds: z.number().int(),
  /** A generated password must be changed before anything else is allowed. */
  passwordChangeRequired: z.boolean().optional(),
  /** Everything the person may do: their global role as a grant, their own grants and their groups'. */
  grants: z.array(EffectiveGrant),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const CSRF_HEADER = 'x-csrf-token';

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: UserRole,
  disabled: z.boolean(),
  createdAt: z.string(),
  source: AuthSource,
  /** The identity provider's groups as of the last sign-in (empty for local accounts). */
  groups: z.array(z.string()),
});
export type User = z.infer<typeof User>;

export const UserList = z.object({ items: z.array(User) });

const DisplayName = z
  .string(msg('required'))
  .trim()
  .min(1, msg('required'))
  .max(80, msg('maxChars', { max: 80 }))
  .regex(/^[^\p{Cc}<>]*$/u, msg('noControlCharsOrAngles'));

export const CreateUser = z.strictObject({
  username: Username,
  displayName: DisplayName,
  role: UserRole,
  password: NewPassword,
});
export type CreateUser = z.infer<typeof CreateUser>;

export const UpdateUser = z
  .strictObject({
    displayName: DisplayName.optional(),
    role: UserRole.optional(),
    disabled: z.boolean().optional(),
    password: NewPassword.optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), { ...msg('nothingToChange') });
export type UpdateUser = z.infer<typeof UpdateUser>;

/** One's own password, proven with the current one. */
export const ChangePassword = z
  .strictObject({
    currentPassword: z
      .string(msg('required'))
      .min(1, msg('required'))
      .max(256, msg('maxChars', { max: 256 })),
    newPassword: NewPassword,
  })
  .refine((p) => p.currentPassword !== p.newPassword, { path: ['newPassword'], ...msg('differFromCurrentPassword') });
export type ChangePassword = z.infer<typeof ChangePassword>;

export const UserParams = z.object({ id: z.uuid(msg('userId')) });
