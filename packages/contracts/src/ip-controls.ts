import { z } from 'zod';
import { canonicalCidr, invalidCidrMessage, parseCidr } from './cidr.ts';
import { PageQuery, pageOf } from './paging.ts';
import { ProfileQuery } from './profiles.ts';
import { PublishedApi } from './published-apis.ts';

export const IpControlType = z.enum(['ALLOW', 'REFUSE']);
export type IpControlType = z.infer<typeof IpControlType>;

/** The cloud's limit on addresses or blocks in one policy item. */
export const MAX_CIDRS_PER_ITEM = 10;

export const CidrEntry = z
  .string({ error: 'must be an IP address or CIDR block' })
  .trim()
  .max(64, 'is too long for an IP address or CIDR block')
  .superRefine((value, ctx) => {
    if (!parseCidr(value)) ctx.addIssue({ code: 'custom', message: invalidCidrMessage(value) });
  });

/** 1 to 10 addresses or blocks, no network twice; travels as an array, joined with `;` only at the cloud edge. */
export const CidrList = z
  .array(CidrEntry, { error: 'must be a list of IP addresses or CIDR blocks' })
  .min(1, 'needs at least one IP address or CIDR block')
  .max(MAX_CIDRS_PER_ITEM, `may hold at most ${MAX_CIDRS_PER_ITEM} IP addresses or CIDR blocks`)
  .superRefine((entries, ctx) => {
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      const parsed = parseCidr(entry);
      if (!parsed) return;
      const key = canonicalCidr(parsed);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.addIssue({ code: 'custom', path: [index], message: `${entry.trim()} repeats entry ${first + 1}` });
    });
  });

/** The cloud takes one application id per item; it is a number in the console. */
export const AppId = z
  .string()
  .trim()
  .max(64, 'must be 64 characters or fewer')
  .regex(/^$|^[0-9]+$/, 'must be an application id (digits)');

export const PolicyItemInput = z.strictObject({
  cidrs: CidrList,
  /** Only ALLOW lists restrict by application; a REFUSE list ignores it. */
  appId: AppId.optional(),
});
export type PolicyItemInput = z.infer<typeof PolicyItemInput>;
export type PolicyItemFormValues = z.input<typeof PolicyItemInput>;

export const appIdRefuseMessage = 'only applies to ALLOW lists: a REFUSE list blocks these addresses for every application';

/** The same rules, plus the one that needs the list's type: AppId only with ALLOW. */
export function policyItemInputFor(type: IpControlType) {
  return PolicyItemInput.superRefine((item, ctx) => {
    if (type === 'REFUSE' && item.appId) ctx.addIssue({ code: 'custom', path: ['appId'], message: appIdRefuseMessage });
  });
}

export const PolicyItem = z.object({
  id: z.string(),
  cidrs: z.array(z.string()),
  appId: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type PolicyItem = z.infer<typeof PolicyItem>;

export const IpControl = z.object({
  id: z.string(),
  name: z.string(),
  type: IpControlType,
  description: z.string().optional(),
  regionId: z.string().optional(),
  createdAt: z.string().optional(),
});
export type IpControl = z.infer<typeof IpControl>;

export const IpControlListItem = IpControl.extend({
  policyItemCount: z.number().int().nullable(),
  boundApiCount: z.number().int().nullable(),
});
export type IpControlListItem = z.infer<typeof IpControlListItem>;

export const IpControlListQuery = PageQuery.extend(ProfileQuery.shape).extend({
  search: z.string().trim().max(50, 'must be 50 characters or fewer').optional(),
  type: IpControlType.optional(),
});
export type IpControlListQuery = z.infer<typeof IpControlListQuery>;

export const IpControlList = pageOf(IpControlListItem);
export type IpControlList = z.infer<typeof IpControlList>;

export const IpControlDetail = z.object({
  ipControl: IpControl,
  policyItems: z.array(PolicyItem),
  boundApis: z.array(PublishedApi),
});
export type IpControlDetail = z.infer<typeof IpControlDetail>;

const cloudIdParam = (label: string) =>
  z
    .string()
    .min(1, 'is required')
    .max(64, 'must be 64 characters or fewer')
    .regex(/^[A-Za-z0-9_-]+$/, `must be ${label}`);

export const IpControlParams = z.object({ id: cloudIdParam('an ACL id') });
export const PolicyItemParams = IpControlParams.extend({ itemId: cloudIdParam('a policy item id') });

export const PolicyItemChanged = z.object({ policyItem: PolicyItem, affectedApiCount: z.number().int() });
export type PolicyItemChanged = z.infer<typeof PolicyItemChanged>;
export const PolicyItemRemoved = z.object({ removed: z.literal(true), affectedApiCount: z.number().int() });
