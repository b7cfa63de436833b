import { z } from 'zod';
import { canonicalCidr, invalidCidrIssue, parseCidr } from './cidr.ts';
import { PageQuery, pageOf } from './paging.ts';
import { ProfileQuery } from './profiles.ts';
import { PublishedApi, StageName } from './published-apis.ts';
import { englishMessage, issue, msg } from './messages.ts';

export const IpControlType = z.enum(['ALLOW', 'REFUSE']);
export type IpControlType = z.infer<typeof IpControlType>;

/** The cloud's limit on addresses or blocks in one policy item. */
export const MAX_CIDRS_PER_ITEM = 10;

export const CidrEntry = z
  .string(msg('cidr'))
  .trim()
  .max(64, msg('cidrTooLong'))
  .superRefine((value, ctx) => {
    if (!parseCidr(value)) ctx.addIssue({ code: 'custom', ...invalidCidrIssue(value) });
  });

/** 1 to 10 addresses or blocks, no network twice; travels as an array, joined with `;` only at the cloud edge. */
export const CidrList = z
  .array(CidrEntry, { ...msg('listOfCidrs') })
  .min(1, msg('needsCidr'))
  .max(MAX_CIDRS_PER_ITEM, msg('maxCidrs', { max: MAX_CIDRS_PER_ITEM }))
  .superRefine((entries, ctx) => {
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      const parsed = parseCidr(entry);
      if (!parsed) return;
      const key = canonicalCidr(parsed);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.addIssue({ code: 'custom', path: [index], ...issue('cidrRepeats', { entry: entry.trim(), row: first + 1 }) });
    });
  });

/** The cloud takes one application id per item; it is a number in the console. */
export const AppId = z
  .string()
  .trim()
  .max(64, msg('maxChars', { max: 64 }))
  .regex(/^$|^[0-9]+$/, msg('applicationId'));

export const PolicyItemInput = z.strictObject({
  cidrs: CidrList,
  /** Only ALLOW lists restrict by application; a REFUSE list ignores it. */
  appId: AppId.optional(),
});
export type PolicyItemInput = z.infer<typeof PolicyItemInput>;
export type PolicyItemFormValues = z.input<typeof PolicyItemInput>;

export const appIdRefuseMessage = englishMessage('appIdRefuse');

/** The same rules, plus the one that needs the list's type: AppId only with ALLOW. */
export function policyItemInputFor(type: IpControlType) {
  return PolicyItemInput.superRefine((item, ctx) => {
    if (type === 'REFUSE' && item.appId) ctx.addIssue({ code: 'custom', path: ['appId'], ...issue('appIdRefuse') });
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
  search: z
    .string()
    .trim()
    .max(50, msg('maxChars', { max: 50 }))
    .optional(),
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

const cloudIdParam = (key: 'aclId' | 'policyItemId' | 'apiGroupId' | 'apiId') =>
  z
    .string()
    .min(1, msg('required'))
    .max(64, msg('maxChars', { max: 64 }))
    .regex(/^[A-Za-z0-9_-]+$/, msg(key));

export const IpControlParams = z.object({ id: cloudIdParam('aclId') });
export const PolicyItemParams = IpControlParams.extend({ itemId: cloudIdParam('policyItemId') });

export const PolicyItemChanged = z.object({ policyItem: PolicyItem, affectedApiCount: z.number().int() });
export type PolicyItemChanged = z.infer<typeof PolicyItemChanged>;
export const PolicyItemRemoved = z.object({ removed: z.literal(true), affectedApiCount: z.number().int() });

/** The cloud's rule for ACL names (CreateIpControl, ModifyIpControl): 4 to 50 letters, Chinese characters, digits, `_`; not starting with `_`. */
export const IpControlName = z
  .string(msg('required'))
  .trim()
  .min(4, msg('minChars', { min: 4 }))
  .max(50, msg('maxChars', { max: 50 }))
  .regex(/^[A-Za-z0-9\u4e00-\u9fa5_]*$/u, msg('aclNameChars'))
  .regex(/^[^_]/, msg('aclNameUnderscore'));

export const IpControlDescription = z
  .string()
  .trim()
  .max(200, msg('maxChars', { max: 200 }));

/** The cloud's cap of policies one ACL holds (and of IpControlPolicys.N on create). */
export const MAX_POLICY_ITEMS_PER_ACL = 100;

export const CreateIpControl = z.strictObject({
  name: IpControlName,
  type: IpControlType,
  description: IpControlDescription.optional(),
  policyItems: z
    .array(PolicyItemInput)
    .max(MAX_POLICY_ITEMS_PER_ACL, msg('maxPolicyItems', { max: MAX_POLICY_ITEMS_PER_ACL }))
    .optional(),
});
export type CreateIpControl = z.infer<typeof CreateIpControl>;
export type CreateIpControlFormValues = z.input<typeof CreateIpControl>;

/** The same, plus AppId only for ALLOW lists, per item. */
export const CreateIpControlChecked = CreateIpControl.superRefine((acl, ctx) => {
  if (acl.type !== 'REFUSE') return;
  acl.policyItems?.forEach((item, index) => {
    if (item.appId) ctx.addIssue({ code: 'custom', path: ['policyItems', index, 'appId'], ...issue('appIdRefuse') });
  });
});

export const CreatedIpControl = z.object({ ipControl: IpControl });
export type CreatedIpControl = z.infer<typeof CreatedIpControl>;

/** ModifyIpControl: the name and the description; the type cannot change. */
export const ModifyIpControl = z.strictObject({
  name: IpControlName,
  description: IpControlDescription,
});
export type ModifyIpControl = z.infer<typeof ModifyIpControl>;
export type ModifyIpControlFormValues = z.input<typeof ModifyIpControl>;

export const ModifiedIpControl = z.object({ ipControl: IpControl, affectedApiCount: z.number().int() });
export type ModifiedIpControl = z.infer<typeof ModifiedIpControl>;

export const DeletedIpControl = z.object({ deleted: z.literal(true) });
export type DeletedIpControl = z.infer<typeof DeletedIpControl>;

/** The cloud's cap of API ids in one SetIpControlApis / RemoveIpControlApis. */
export const MAX_API_IDS_PER_BINDING = 100;

/** Which APIs of one group, in one stage, an ACL starts or stops guarding. */
export const IpControlApis = z.strictObject({
  groupId: cloudIdParam('apiGroupId'),
  stageName: StageName,
  apiIds: z
    .array(cloudIdParam('apiId'), { ...msg('listOfApiIds') })
    .min(1, msg('needsApi'))
    .max(MAX_API_IDS_PER_BINDING, msg('maxApisAtATime', { max: MAX_API_IDS_PER_BINDING }))
    .refine((ids) => new Set(ids).size === ids.length, msg('apiTwice')),
});
export type IpControlApis = z.infer<typeof IpControlApis>;

export const IpControlApisChanged = z.object({ boundApis: z.array(PublishedApi) });
export type IpControlApisChanged = z.infer<typeof IpControlApisChanged>;

/** The published APIs of a group in a stage, for choosing which ones an ACL guards. */
export const BindableApisQuery = ProfileQuery.extend({ groupId: cloudIdParam('apiGroupId'), stageName: StageName });
export type BindableApisQuery = z.infer<typeof BindableApisQuery>;

export const BindableApi = PublishedApi.extend({
  /** The ACL guarding it in that stage now, if any (one per API and stage). */
  ipControlId: z.string().optional(),
  ipControlName: z.string().optional(),
});
export type BindableApi = z.infer<typeof BindableApi>;

export const ApiGroupSummary = z.object({ id: z.string(), name: z.string() });
export const BindableApis = z.object({ apis: z.array(BindableApi) });
export type BindableApis = z.infer<typeof BindableApis>;
export const ApiGroupsQuery = ProfileQuery;
export const ApiGroupList = z.object({ groups: z.array(ApiGroupSummary) });
export type ApiGroupList = z.infer<typeof ApiGroupList>;

/** The fields of the create and rename forms: CreateIpControl's without policy items (a rename sends name and description). */
export const IpControlAttributesInput = CreateIpControl.omit({ policyItems: true }).extend({ description: IpControlDescription });
export type IpControlAttributesInput = z.infer<typeof IpControlAttributesInput>;
