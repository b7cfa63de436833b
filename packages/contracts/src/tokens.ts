import { z } from 'zod';

/** A personal API token's prefix: recognisable in a leaked file or a secret scanner's rules. */
export const TOKEN_PREFIX = 'ptc_';

export const TokenAccess = z.enum(['read', 'full']);
export type TokenAccess = z.infer<typeof TokenAccess>;

export const CreateToken = z.strictObject({
  name: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(64, 'must be 64 characters or fewer')
    .regex(/^[^\u0000-\u001f\u007f<>]*$/, 'must not contain control characters or < >'),
  expiresInDays: z.number({ error: 'must be a number of days' }).int('must be a whole number of days').min(1, 'must be 1 to 365 days').max(365, 'must be 1 to 365 days'),
  /** `read`: the token can only read, whatever its owner may do. */
  access: TokenAccess.optional(),
});
export type CreateToken = z.infer<typeof CreateToken>;

export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  access: TokenAccess,
  owner: z.object({ id: z.string(), username: z.string() }),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().optional(),
});
export type ApiToken = z.infer<typeof ApiToken>;

/** The one answer that carries the token's value: shown once, stored only as a hash. */
export const CreatedToken = ApiToken.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof CreatedToken>;

export const TokenList = z.object({ items: z.array(ApiToken) });
export type TokenList = z.infer<typeof TokenList>;

/** `all`: every person's tokens (admins only). */
export const TokenListQuery = z.object({ owner: z.enum(['me', 'all']).default('me') });
export const TokenParams = z.object({ id: z.uuid('must be a token id') });
