import { z } from 'zod';
import { msg } from './messages.ts';

export const Cloud = z.enum(['alibaba', 'huawei']);
export type Cloud = z.infer<typeof Cloud>;

/** Profile ids travel in URLs; keep them to a safe alphabet. */
export const ProfileId = z
  .string()
  .min(1, msg('required'))
  .max(64, msg('maxChars', { max: 64 }))
  .regex(/^[a-z0-9][a-z0-9-]*$/, msg('lowercaseDigitsDashes'));

/** Which cloud account a request speaks to; omitted means the first profile of that cloud. */
export const ProfileQuery = z.object({ profile: ProfileId.optional() });
export type ProfileQuery = z.infer<typeof ProfileQuery>;

/** A cloud profile as the browser may see it: never the secret, only a masked key id. */
export const CloudProfile = z.object({
  id: ProfileId,
  cloud: Cloud,
  name: z.string(),
  region: z.string(),
  endpoint: z.string(),
  accessKeyIdMasked: z.string(),
  emulated: z.boolean(),
});
export type CloudProfile = z.infer<typeof CloudProfile>;

export const ProfileList = z.object({ items: z.array(CloudProfile) });
export type ProfileList = z.infer<typeof ProfileList>;

/**
 * What anyone may ask: is the process serving and its database answering. It never calls a
 * cloud (that would let anybody spend the account's API quota) and never shows an error text.
 */
export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), driver: z.enum(['pglite', 'postgres']) }),
});
export type Health = z.infer<typeof Health>;

/**
 * Each cloud profile's reachability, for people signed in; cached briefly by the BFF. `error`
 * is the cloud's error code or a short reason, never the cloud's message (a signature
 * mismatch echoes the string it signed).
 */
export const ProfileHealth = z.object({
  checkedAt: z.string(),
  profiles: z.array(
    z.object({
      id: z.string(),
      cloud: Cloud,
      ok: z.boolean(),
      latencyMs: z.number().optional(),
      error: z.string().optional(),
    }),
  ),
});
export type ProfileHealth = z.infer<typeof ProfileHealth>;

/** Shows the first and last few characters so people can tell keys apart without seeing one. */
export function maskKeyId(keyId: string): string {
  if (keyId.length <= 8) return '****';
  return `${keyId.slice(0, 4)}****${keyId.slice(-4)}`;
}
