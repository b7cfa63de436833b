import type { ChangePolicy, WebhookFormat } from '@portico/contracts/changes';

/** The policy form's fields as typed (numbers may be empty while typing). */
export interface PolicyDraft {
  name: string;
  description: string;
  kinds: string[];
  stages: string[];
  widerThan: number | string;
  opensToEveryone: boolean;
  removesBound: boolean;
  moreThanApis: number | string;
  approvalOff: boolean;
  approvals: number | string;
  approverRole: string;
  approverGroups: string[];
  expiresAfterHours: number | string;
  webhookUrl: string;
  webhookFormat: WebhookFormat;
}

export const emptyDraft: PolicyDraft = {
  name: '',
  description: '',
  kinds: [],
  stages: [],
  widerThan: '',
  opensToEveryone: false,
  removesBound: false,
  moreThanApis: '',
  approvalOff: false,
  approvals: 1,
  approverRole: 'operator',
  approverGroups: [],
  expiresAfterHours: 72,
  webhookUrl: '',
  webhookFormat: 'portico',
};

/** A stored policy as the form shows it. The webhook URL is never sent back: left empty, the stored one is kept. */
export function draftOf(policy: ChangePolicy): PolicyDraft {
  return {
    name: policy.name,
    description: policy.description,
    kinds: [...(policy.scope.kinds ?? [])],
    stages: [...(policy.scope.stages ?? [])],
    widerThan: policy.when.aclWiderThanIpv4Prefix ?? '',
    opensToEveryone: policy.when.aclOpensToEveryone ?? false,
    removesBound: policy.when.removesBoundVpcAuthorization ?? false,
    moreThanApis: policy.when.touchesMoreThanApis ?? '',
    approvalOff: policy.when.turnsEndpointApprovalOff ?? false,
    approvals: policy.approvals,
    approverRole: policy.approverRole,
    approverGroups: [...policy.approverGroups],
    expiresAfterHours: policy.expiresAfterHours,
    webhookUrl: '',
    webhookFormat: policy.webhook?.format ?? 'portico',
  };
}

const numberOrUndefined = (v: number | string) => (v === '' ? undefined : Number(v));

/**
 * The draft as the contract's input: empty parts left out, so the contract's rules decide. When
 * editing, what the form does not show (profiles, tags and names in the scope, the IPv6 prefix,
 * maintenance windows, the webhook) is carried over from the stored policy, never dropped.
 */
export function inputOf(d: PolicyDraft, base?: ChangePolicy): unknown {
  const kept = base?.webhook && d.webhookUrl === '' ? { url: '', format: d.webhookFormat } : undefined;
  return {
    name: d.name,
    description: d.description,
    scope: { ...base?.scope, kinds: d.kinds.length ? d.kinds : undefined, stages: d.stages.length ? d.stages : undefined },
    when: {
      ...base?.when,
      aclWiderThanIpv4Prefix: numberOrUndefined(d.widerThan),
      aclOpensToEveryone: d.opensToEveryone || undefined,
      removesBoundVpcAuthorization: d.removesBound || undefined,
      touchesMoreThanApis: numberOrUndefined(d.moreThanApis),
      turnsEndpointApprovalOff: d.approvalOff || undefined,
    },
    approvals: numberOrUndefined(d.approvals),
    approverRole: d.approverRole,
    approverGroups: d.approverGroups,
    expiresAfterHours: numberOrUndefined(d.expiresAfterHours),
    ...(base ? { windows: base.windows } : {}),
    ...(d.webhookUrl ? { webhook: { url: d.webhookUrl, format: d.webhookFormat } } : kept ? { webhook: kept } : {}),
  };
}
