import { z } from 'zod';
import { AccessFile, GrantScope, ResourceKind, scopeCovers } from './grants';
import { msg, ValidationKey } from './messages';
import { StageName } from './published-apis';
import { Finding } from './bindings';

/**
 * Change requests: a save that a policy puts through review. A policy names which changes need
 * approval (scope and conditions), how many approvals and from whom; a request holds the planned
 * change, its blast radius and its timeline until it is applied (or not).
 */

/** The console's changes that a policy can hold for review, by their route in the route table. */
export const ChangeOperation = z.enum([
  'modifyBackendModel',
  'addPolicyItem',
  'modifyPolicyItem',
  'modifyVpcAuthorization',
  'removeVpcAuthorization',
  'updateEndpointService',
]);
export type ChangeOperation = z.infer<typeof ChangeOperation>;

/** What a change does, as a policy's conditions read it. */
export const ChangeFacts = z.object({
  /** The widest IPv4 prefix length an ACL change adds (a smaller number is wider). */
  widestIpv4Prefix: z.number().int().optional(),
  /** The widest IPv6 prefix length an ACL change adds. */
  widestIpv6Prefix: z.number().int().optional(),
  /** The change adds `0.0.0.0/0` or `::/0`. */
  opensToEveryone: z.boolean().optional(),
  /** A VPC authorization is removed while published APIs still use it. */
  removesBoundVpcAuthorization: z.boolean().optional(),
  /** An endpoint service's connection approval is turned off. */
  turnsApprovalOff: z.boolean().optional(),
  /** Published APIs (API · stage) the change reaches. */
  apiCount: z.number().int().min(0),
});
export type ChangeFacts = z.infer<typeof ChangeFacts>;

/**
 * When a policy asks for review. No condition: every change in its scope. Several: any one of
 * them is enough.
 */
export const PolicyConditions = z.strictObject({
  aclWiderThanIpv4Prefix: z
    .number()
    .int(msg('wholeNumber'))
    .min(1, msg('between', { min: 1, max: 32 }))
    .max(32, msg('between', { min: 1, max: 32 }))
    .optional(),
  aclWiderThanIpv6Prefix: z
    .number()
    .int(msg('wholeNumber'))
    .min(1, msg('between', { min: 1, max: 128 }))
    .max(128, msg('between', { min: 1, max: 128 }))
    .optional(),
  aclOpensToEveryone: z.boolean().optional(),
  removesBoundVpcAuthorization: z.boolean().optional(),
  touchesMoreThanApis: z
    .number()
    .int(msg('wholeNumber'))
    .min(0, msg('zeroOrMore'))
    .max(100_000, msg('atMost', { max: 100_000 }))
    .optional(),
  turnsEndpointApprovalOff: z.boolean().optional(),
});
export type PolicyConditions = z.infer<typeof PolicyConditions>;

export const WebhookFormat = z.enum(['portico', 'dingtalk', 'feishu', 'slack']);
export type WebhookFormat = z.infer<typeof WebhookFormat>;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg('timeOfDay'));

/** A weekly window in a time zone: a scheduled apply of a request under this policy must fall inside one. */
export const MaintenanceWindow = z.strictObject({
  /** 0 = Sunday … 6 = Saturday, in the window's time zone. */
  days: z.array(z.number().int().min(0).max(6)).min(1, msg('chooseDay')),
  from: HHMM,
  to: HHMM,
  timeZone: z.string().refine(validTimeZone, msg('timeZone')).default('UTC'),
});
export type MaintenanceWindow = z.infer<typeof MaintenanceWindow>;

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const GroupName = z
  .string()
  .trim()
  .min(1, msg('required'))
  .max(256, msg('maxChars', { max: 256 }));

export const ChangePolicyInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, msg('required'))
    .max(64, msg('maxChars', { max: 64 })),
  description: z
    .string()
    .trim()
    .max(500, msg('maxChars', { max: 500 }))
    .default(''),
  scope: GrantScope.default({}),
  when: PolicyConditions.default({}),
  approvals: z
    .number()
    .int(msg('wholeNumber'))
    .min(1, msg('between', { min: 1, max: 5 }))
    .max(5, msg('between', { min: 1, max: 5 }))
    .default(1),
  /** Approvers hold at least this role on the changed resource (their grants decide), and, if listed, belong to one of these groups. */
  approverRole: z.enum(['operator', 'admin']).default('operator'),
  approverGroups: z.array(GroupName).default([]),
  expiresAfterHours: z
    .number()
    .int(msg('wholeNumber'))
    .min(1, msg('between', { min: 1, max: 720 }))
    .max(720, msg('between', { min: 1, max: 720 }))
    .default(72),
  windows: z.array(MaintenanceWindow).max(14).default([]),
  /** Where to announce the requests (a URL often holds a token: it is never shown again). Empty keeps the stored one. */
  webhook: z
    .strictObject({
      url: z.union([z.literal(''), z.url({ protocol: /^https?$/, ...msg('httpUrl') })]),
      format: WebhookFormat.default('portico'),
    })
    .optional(),
});
export type ChangePolicyInput = z.input<typeof ChangePolicyInput>;
export type CheckedChangePolicy = z.output<typeof ChangePolicyInput>;

export const ChangePolicy = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  scope: GrantScope,
  when: PolicyConditions,
  approvals: z.number().int(),
  approverRole: z.enum(['operator', 'admin']),
  approverGroups: z.array(z.string()),
  expiresAfterHours: z.number().int(),
  windows: z.array(MaintenanceWindow),
  /** The webhook's host and format only: the URL may hold a token. */
  webhook: z.object({ host: z.string(), format: WebhookFormat }).optional(),
  source: z.enum(['console', 'file']),
  createdAt: z.string(),
});
export type ChangePolicy = z.infer<typeof ChangePolicy>;
export const ChangePolicyList = z.object({ items: z.array(ChangePolicy) });
export type ChangePolicyList = z.infer<typeof ChangePolicyList>;
export const PolicyParams = z.object({ id: z.uuid(msg('policyId')) });

/** The resource a change speaks to, as grants and policies see it. */
export interface ChangeTarget {
  profile: string;
  kind: ResourceKind;
  name: string;
  stage?: StageName | undefined;
  tags?: Record<string, string> | undefined;
}

export const ReviewReasonCode = z.enum([
  'everyChange',
  'stage',
  'aclWiderThanIpv4Prefix',
  'aclWiderThanIpv6Prefix',
  'aclOpensToEveryone',
  'removesBoundVpcAuthorization',
  'touchesMoreThanApis',
  'turnsEndpointApprovalOff',
]);
/** Why a policy holds a change: a code the console words in the reader's language, and its value (a prefix, a stage, a count). */
export const ReviewReason = z.object({ code: ReviewReasonCode, value: z.union([z.string(), z.number()]).optional() });
export type ReviewReason = z.infer<typeof ReviewReason>;

/** A reason in English, for the BFF's messages and webhooks. */
export function describeReason(reason: ReviewReason): string {
  const texts: Record<ReviewReason['code'], string> = {
    everyChange: 'every change in its scope',
    stage: `a change in ${reason.value}`,
    aclWiderThanIpv4Prefix: `an IPv4 entry wider than /${reason.value}`,
    aclWiderThanIpv6Prefix: `an IPv6 entry wider than /${reason.value}`,
    aclOpensToEveryone: 'an entry that allows every address',
    removesBoundVpcAuthorization: 'removing a VPC authorization that published APIs use',
    touchesMoreThanApis: `more than ${reason.value} published APIs`,
    turnsEndpointApprovalOff: 'turning connection approval off',
  };
  return texts[reason.code];
}

/** Why a policy asks for review of this change; empty when it does not. */
export function policyReasons(policy: Pick<ChangePolicy, 'scope' | 'when'>, target: ChangeTarget, facts: ChangeFacts): ReviewReason[] {
  if (!scopeCovers(policy.scope, { need: 'change', ...target, tags: target.tags ?? {} })) return [];
  const when = policy.when;
  const hasConditions = Object.values(when).some((v) => v !== undefined && v !== false);
  if (!hasConditions) return [target.stage ? { code: 'stage', value: target.stage } : { code: 'everyChange' }];
  const holds: [boolean | undefined, ReviewReason][] = [
    [
      when.aclWiderThanIpv4Prefix !== undefined && facts.widestIpv4Prefix !== undefined && facts.widestIpv4Prefix < when.aclWiderThanIpv4Prefix,
      { code: 'aclWiderThanIpv4Prefix', value: when.aclWiderThanIpv4Prefix },
    ],
    [
      when.aclWiderThanIpv6Prefix !== undefined && facts.widestIpv6Prefix !== undefined && facts.widestIpv6Prefix < when.aclWiderThanIpv6Prefix,
      { code: 'aclWiderThanIpv6Prefix', value: when.aclWiderThanIpv6Prefix },
    ],
    [when.aclOpensToEveryone && facts.opensToEveryone, { code: 'aclOpensToEveryone' }],
    [when.removesBoundVpcAuthorization && facts.removesBoundVpcAuthorization, { code: 'removesBoundVpcAuthorization' }],
    [when.touchesMoreThanApis !== undefined && facts.apiCount > when.touchesMoreThanApis, { code: 'touchesMoreThanApis', value: when.touchesMoreThanApis }],
    [when.turnsEndpointApprovalOff && facts.turnsApprovalOff, { code: 'turnsEndpointApprovalOff' }],
  ];
  return holds.filter(([held]) => held === true).map(([, reason]) => reason);
}

export const ChangeState = z.enum(['open', 'approved', 'rejected', 'withdrawn', 'applying', 'applied', 'failed', 'expired']);
export type ChangeState = z.infer<typeof ChangeState>;

/** The route's own input, as the direct save would have sent it. */
export const ChangeInput = z.object({
  params: z.record(z.string(), z.string()).default({}),
  query: z.record(z.string(), z.string()).default({}),
  body: z.unknown().optional(),
});
export type ChangeInput = z.infer<typeof ChangeInput>;

export const AppliedPolicy = z.object({
  id: z.string(),
  name: z.string(),
  reasons: z.array(ReviewReason),
  approvals: z.number().int(),
  approverRole: z.enum(['operator', 'admin']),
  approverGroups: z.array(z.string()),
});
export type AppliedPolicy = z.infer<typeof AppliedPolicy>;

const ApiRef = z.object({ apiId: z.string(), apiName: z.string(), groupName: z.string(), stageName: z.string(), method: z.string().optional(), path: z.string().optional() });

/** What a plan does, for its title in the reader's language (`title` is the English one). */
export const PlanKind = z.enum(['backendModel', 'newAclEntries', 'aclEntries', 'vpcAuthorization', 'removeVpcAuthorization', 'endpointService']);

/** The findings a change would add and those it would resolve (the bindings inventory's rules, applied to the resource before and after). */
export const PlanFindings = z.object({ added: z.array(Finding), resolved: z.array(Finding) });
export type PlanFindings = z.infer<typeof PlanFindings>;

/** A warning the editor's review shows (an overlap, a duplicate …): its message key and values, and the English text. */
export const PlanWarning = z.object({ key: ValidationKey, params: z.record(z.string(), z.union([z.string(), z.number()])), message: z.string() });
export type PlanWarning = z.infer<typeof PlanWarning>;

export const ChangePlan = z.object({
  title: z.string(),
  kind: PlanKind,
  target: z.object({
    profile: z.string(),
    kind: ResourceKind,
    name: z.string(),
    id: z.string().optional(),
    stage: StageName.optional(),
    tags: z.record(z.string(), z.string()).optional(),
  }),
  /** Secrets masked. */
  before: z.unknown(),
  after: z.unknown(),
  apis: z.array(ApiRef),
  /** "24 APIs in 3 groups, 6 of them in RELEASE". */
  blastRadius: z.string(),
  facts: ChangeFacts,
  /** Warnings the review shows for this change (ACL overlaps, open entries …). */
  warnings: z.array(PlanWarning).default([]),
  /** Requests planned before findings were part of a plan have none. */
  findings: PlanFindings.default({ added: [], resolved: [] }),
});
export type ChangePlan = z.infer<typeof ChangePlan>;

export const ChangeCheck = z.object({
  plan: ChangePlan,
  policies: z.array(AppliedPolicy),
  /** A change freeze in force for this profile (applies need a break-glass admin). */
  freeze: z.object({ id: z.string(), endsAt: z.string(), reason: z.string() }).optional(),
});
export type ChangeCheck = z.infer<typeof ChangeCheck>;

export const TimelineEntry = z.object({
  at: z.string(),
  actor: z.string(),
  type: z.enum(['opened', 'commented', 'approved', 'rejected', 'withdrawn', 'scheduled', 'apply-refused', 'applied', 'failed', 'expired', 'break-glass']),
  text: z.string().optional(),
  /** For `apply-refused`: what changed since the plan. */
  drift: z.object({ planned: z.unknown(), now: z.unknown() }).optional(),
  /** The approval was given after a fresh sign-in at this time. */
  stepUpAt: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const ChangeRequest = z.object({
  id: z.string(),
  operation: ChangeOperation,
  state: ChangeState,
  plan: ChangePlan,
  policies: z.array(AppliedPolicy),
  requiredApprovals: z.number().int(),
  approvals: z.array(z.object({ by: z.string(), at: z.string() })),
  author: z.string(),
  comment: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  scheduledFor: z.string().optional(),
  auditEventId: z.string().optional(),
  taskId: z.string().optional(),
  error: z.string().optional(),
  timeline: z.array(TimelineEntry),
  /** What the reader may do now (the console shows only these buttons). */
  can: z.object({ approve: z.boolean(), reject: z.boolean(), withdraw: z.boolean(), apply: z.boolean(), comment: z.boolean() }),
  /** Why the reader cannot approve: not open, their own request, not an approver, approved already. */
  cannotApproveReason: z.enum(['notOpen', 'author', 'notApprover', 'approvedAlready']).optional(),
});
export type ChangeRequest = z.infer<typeof ChangeRequest>;

export const ChangeSummary = ChangeRequest.pick({
  id: true,
  operation: true,
  state: true,
  author: true,
  createdAt: true,
  expiresAt: true,
  requiredApprovals: true,
  approvals: true,
  scheduledFor: true,
}).extend({
  title: z.string(),
  profile: z.string(),
  kind: ResourceKind,
  planKind: PlanKind,
  resourceName: z.string(),
  stage: StageName.optional(),
  blastRadius: z.string(),
  /** The blast radius as numbers, for the reader's language. */
  reach: z.object({ apis: z.number().int(), groups: z.number().int(), release: z.number().int() }),
  waitingForMe: z.boolean(),
});
export type ChangeSummary = z.infer<typeof ChangeSummary>;

export const ChangeView = z.enum(['mine', 'waiting', 'all']);
export const ChangeListQuery = z.object({
  view: ChangeView.default('all'),
  state: ChangeState.optional(),
  profile: z.string().optional(),
  kind: ResourceKind.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ChangeListQuery = z.infer<typeof ChangeListQuery>;
export const ChangeList = z.object({
  items: z.array(ChangeSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  waitingForMe: z.number().int(),
});
export type ChangeList = z.infer<typeof ChangeList>;

export const ChangeParams = z.object({ id: z.uuid(msg('changeRequestId')) });

const Comment = z
  .string()
  .trim()
  .max(2000, msg('maxChars', { max: 2000 }));
export const CheckChange = z.strictObject({ operation: ChangeOperation, input: ChangeInput });
export type CheckChange = z.input<typeof CheckChange>;
export const OpenChange = CheckChange.extend({ comment: Comment.min(1, msg('sayWhyChange')) });
export type OpenChange = z.input<typeof OpenChange>;
export const CommentChange = z.strictObject({ text: Comment.min(1, msg('required')) });
export const DecideChange = z.strictObject({ comment: Comment.default('') });
export const ApplyChange = z.strictObject({
  /** Apply later, inside a maintenance window of the request's policies. */
  at: z.iso.datetime({ offset: true, ...msg('isoDateTime') }).optional(),
  /** During a change freeze, an admin applies only with a reason (break glass). */
  breakGlassReason: z
    .string()
    .trim()
    .min(10, msg('sayWhyNow'))
    .max(500, msg('maxChars', { max: 500 }))
    .optional(),
});
export type ApplyChange = z.input<typeof ApplyChange>;

export const FreezeInput = z
  .strictObject({
    startsAt: z.iso.datetime({ offset: true, ...msg('isoDateTime') }),
    endsAt: z.iso.datetime({ offset: true, ...msg('isoDateTime') }),
    profiles: z.array(z.string().min(1, msg('required'))).default([]),
    reason: z
      .string()
      .trim()
      .min(1, msg('required'))
      .max(500, msg('maxChars', { max: 500 })),
  })
  .refine((f) => Date.parse(f.endsAt) > Date.parse(f.startsAt), { path: ['endsAt'], ...msg('afterStart') });
export type FreezeInput = z.input<typeof FreezeInput>;
export const Freeze = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  profiles: z.array(z.string()),
  reason: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Freeze = z.infer<typeof Freeze>;
export const FreezeList = z.object({ items: z.array(Freeze) });
export type FreezeList = z.infer<typeof FreezeList>;
export const FreezeParams = z.object({ id: z.uuid(msg('freezeId')) });

/** A fresh sign-in for an approval: the password again (local accounts). */
export const StepUp = z.strictObject({
  password: z
    .string()
    .min(1, msg('required'))
    .max(1024, msg('maxChars', { max: 1024 })),
});
export const StepUpResult = z.object({ stepUpAt: z.string() });

/** How far a plan reaches, as numbers: published APIs, their groups, how many in RELEASE. */
export function reachOf(apis: readonly { groupName: string; stageName: string }[]) {
  return { apis: apis.length, groups: new Set(apis.map((a) => a.groupName)).size, release: apis.filter((a) => a.stageName === 'RELEASE').length };
}

/** What a refused save or apply tells the console. */
export const ChangeRefusal = z.object({
  policies: z.array(AppliedPolicy).optional(),
  freeze: z.object({ id: z.string(), endsAt: z.string(), reason: z.string() }).optional(),
  drift: z.object({ planned: z.unknown(), now: z.unknown() }).optional(),
});
export type ChangeRefusal = z.infer<typeof ChangeRefusal>;

/** PORTICO_ACCESS_FILE: the grants and the change policies that live in Git. */
export const PorticoAccessFile = AccessFile.extend({ changePolicies: z.array(ChangePolicyInput).default([]) });
export type PorticoAccessFile = z.output<typeof PorticoAccessFile>;
