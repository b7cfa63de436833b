import { z } from 'zod';
import { msg } from './messages.ts';

/** A personal API token's prefix: recognisable in a leaked file or a secret scanner's rules. */
export const TOKEN_PREFIX = 'ptc_';

export const TokenAccess = z.enum(['read', 'full']);
export type TokenAccess = z.infer<typeof TokenAccess>;

export const CreateToken = z.strictObject({
  name: z
    .string(msg('required'))
    .trim()
    .min(1, msg('required'))
    .max(64, msg('maxChars', { max: 64 }))
    .regex(/^[^\p{Cc}<>]*$/u, msg('noControlCharsOrAngles')),
  expiresInDays: z
    .number(msg('numberOfDays'))
    .int(msg('wholeNumberOfDays'))
    .min(1, msg('daysRange', { min: 1, max: 365 }))
    .max(365, msg('daysRange', { min: 1, max: 365 })),
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
export const TokenParams = z.object({ id: z.uuid(msg('tokenId')) });
