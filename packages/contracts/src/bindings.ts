import { z } from 'zod';
import { ProfileId } from './profiles.ts';
import { msg } from './messages.ts';

export const ResourceKind = z.enum(['vpc-authorization', 'ip-control', 'backend', 'endpoint-service']);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const resourceKindLabel: Record<ResourceKind, string> = {
  'vpc-authorization': 'VPC authorization',
  'ip-control': 'IP access control',
  backend: 'Backend',
  'endpoint-service': 'Endpoint service',
};

/** A published API: one API in one stage of one group. */
export const InventoryApi = z.object({
  key: z.string(),
  apiId: z.string(),
  apiName: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  stageName: z.string(),
  method: z.string().optional(),
  path: z.string().optional(),
});
export type InventoryApi = z.infer<typeof InventoryApi>;

export const InventoryResource = z.object({
  key: z.string(),
  kind: ResourceKind,
  cloud: z.enum(['alibaba', 'huawei']),
  id: z.string(),
  name: z.string(),
  /** ALLOW/REFUSE, a backend type, a server type. */
  subtype: z.string().optional(),
  /** Published APIs bound to it (Alibaba) or endpoint connections (Huawei). */
  boundCount: z.number().int(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type InventoryResource = z.infer<typeof InventoryResource>;

/** An edge: this resource serves or guards that published API. */
export const Binding = z.object({ resource: z.string(), api: z.string() });
export type Binding = z.infer<typeof Binding>;

export const FindingKind = z.enum(['unused-authorization', 'unused-backend', 'unprotected-api', 'wide-acl-entry', 'approval-disabled', 'port-exposed-by-several']);
export type FindingKind = z.infer<typeof FindingKind>;

export const findingLabel: Record<FindingKind, string> = {
  'unused-authorization': 'VPC authorization bound to no API (safe to remove)',
  'unused-backend': 'Backend used by no API (safe to remove)',
  'unprotected-api': 'Published API with no IP access control',
  'wide-acl-entry': 'ACL allows a very wide block',
  'approval-disabled': 'Endpoint service accepts connections without approval',
  'port-exposed-by-several': 'Server port exposed by several endpoint services',
};

export const Finding = z.object({
  kind: FindingKind,
  severity: z.enum(['info', 'warning', 'high']),
  /** The resource (or API) key it is about; the console links to it. */
  subject: z.string(),
  subjectName: z.string(),
  message: z.string(),
  /** The published APIs it exposes (a wide ACL entry: the APIs that ACL guards). */
  exposedApis: z.number().int().optional(),
  /** The values its message names (a block, a port, counts), so the console can say it in the reader's language. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Accepted for now by someone, until a date (an active suppression): shown, not counted as open. */
  suppressed: z.object({ id: z.string(), owner: z.string(), reason: z.string(), expiresAt: z.string() }).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Inventory = z.object({
  profile: z.string(),
  asOf: z.string(),
  durationMs: z.number(),
  cloudCalls: z.number().int(),
  apis: z.array(InventoryApi),
  resources: z.array(InventoryResource),
  bindings: z.array(Binding),
  findings: z.array(Finding),
  /** Parts that could not be read (a profile missing, a call that kept failing); the rest is still shown. */
  gaps: z.array(z.string()),
  /** When the console's own changes last updated it (one resource re-read each), after the build of `asOf`. */
  updatedAt: z.string().optional(),
  /** The resources so updated since the build. */
  updates: z.number().int().optional(),
  /** How often it is refreshed without asking (0: only when asked): past that, views mark it stale. */
  refreshEveryMs: z.number().int().optional(),
});
export type Inventory = z.infer<typeof Inventory>;

export const InventoryQuery = z.object({ profile: ProfileId.optional() });

/**
 * The words a build's job records as its phase (job rows keep them, so they stay as they are),
 * each with the id the console's catalogue words it under (`bindings.progress.phases.<id>`).
 */
export const inventoryPhaseIds = {
  starting: 'starting',
  'starting again (the previous builder stopped)': 'restarting',
  'API groups': 'apiGroups',
  'published APIs': 'publishedApis',
  'VPC authorizations': 'vpcAuthorizations',
  'VPC authorization bindings': 'vpcAuthorizationBindings',
  'IP access control lists': 'ipControls',
  'ACL bindings': 'aclBindings',
  'ACL entries': 'aclEntries',
  backends: 'backends',
  'backend bindings': 'backendBindings',
  'endpoint services': 'endpointServices',
  'endpoint connections': 'endpointConnections',
  findings: 'findings',
  done: 'done',
} as const;
export type InventoryPhase = keyof typeof inventoryPhaseIds;

export const InventoryJob = z.object({
  id: z.string(),
  profile: z.string(),
  status: z.enum(['running', 'completed', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  phase: z.string(),
  error: z.string().optional(),
});
export type InventoryJob = z.infer<typeof InventoryJob>;

export const InventoryJobParams = z.object({ id: z.uuid(msg('jobId')) });

export const apiKeyOf = (api: { apiId: string; stageName: string }) => `${api.apiId}@${api.stageName.toUpperCase()}`;
export const resourceKeyOf = (kind: ResourceKind, id: string) => `${kind}:${id}`;

/** `kind:id`, as `resourceKeyOf` makes it. */
export const ResourceKeyParams = z.object({
  key: z
    .string()
    .max(300, msg('maxCharsAtMost', { max: 300 }))
    .regex(/^(vpc-authorization|ip-control|backend|endpoint-service):[^\s/]+$/, msg('resourceKey')),
});

/** A resource named by key, kind and name: enough to show and link it. */
export const ResourceRef = InventoryResource.pick({ key: true, kind: true, id: true, name: true, subtype: true });
export type ResourceRef = z.infer<typeof ResourceRef>;

/** One published API that depends on the resource, with what else it depends on. */
export const ImpactApi = z.object({
  key: z.string(),
  apiId: z.string(),
  apiName: z.string(),
  method: z.string().optional(),
  path: z.string().optional(),
  alsoDependsOn: z.array(ResourceRef),
});
export type ImpactApi = z.infer<typeof ImpactApi>;

export const ImpactGroup = z.object({
  groupId: z.string(),
  groupName: z.string(),
  apiCount: z.number().int(),
  stages: z.array(z.object({ stageName: z.string(), apis: z.array(ImpactApi) })),
});
export type ImpactGroup = z.infer<typeof ImpactGroup>;

/** What breaks if this resource changes: GET /api/bindings/resources/:key. */
export const ResourceImpact = z.object({
  asOf: z.string(),
  resource: InventoryResource,
  /** Published APIs that depend on it, per stage (TEST, PRE, RELEASE). */
  summary: z.object({ apiCount: z.number().int(), groupCount: z.number().int(), byStage: z.record(z.string(), z.number().int()) }),
  /** The summary in words: "24 APIs in 3 groups, 6 of them in RELEASE". */
  sentence: z.string(),
  groups: z.array(ImpactGroup),
  findings: z.array(Finding),
});
export type ResourceImpact = z.infer<typeof ResourceImpact>;

export const impactSentence = (summary: ResourceImpact['summary']): string => {
  const { apiCount, groupCount, byStage } = summary;
  if (apiCount === 0) return 'No published API depends on it.';
  const apis = `${apiCount.toLocaleString('en')} API${apiCount === 1 ? '' : 's'}`;
  const groups = `${groupCount.toLocaleString('en')} group${groupCount === 1 ? '' : 's'}`;
  const release = byStage.RELEASE ?? 0;
  if (release === apiCount) return `${apis} in ${groups}, ${apiCount === 1 ? 'it' : 'all'} in RELEASE`;
  return `${apis} in ${groups}, ${release.toLocaleString('en')} of them in RELEASE`;
};

export const BindingsSearchQuery = InventoryQuery.extend({
  q: z
    .string()
    .trim()
    .min(1, msg('searchEmpty'))
    .max(200, msg('maxCharsAtMost', { max: 200 })),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** What a search hit matched on: a field of the API or resource, a port, or how an ACL entry relates to the address. */
export const SearchMatchKey = z.enum(['name', 'id', 'path', 'vpcId', 'instanceId', 'portId', 'port', 'serverPort', 'contains', 'holds', 'liesInside']);
export type SearchMatchKey = z.infer<typeof SearchMatchKey>;

/** One thing found: a published API, a resource, or one entry of an ACL that holds the address. */
export const SearchHit = z.object({
  type: z.enum(['api', 'resource', 'acl-entry']),
  /** The API's key, or the resource's key (for an ACL entry: its ACL's). */
  key: z.string(),
  title: z.string(),
  /** Where it is: group and stage, resource kind, the ACL's name. */
  context: z.string(),
  /** What matched, in words: "name", "path", "VPC id", "contains 203.0.113.7"… (English, for API clients). */
  matched: z.string(),
  /** The same as data, so the console says it in the reader's language: what matched, and the value it names. */
  match: z.object({ key: SearchMatchKey, value: z.string().optional() }).optional(),
  /** For an ACL entry: its list's name and type (ALLOW, REFUSE), which `context` puts in words. */
  list: z.object({ name: z.string(), type: z.string().optional() }).optional(),
  kind: ResourceKind.optional(),
  /** For an ACL entry: the policy item's id and the block that holds the address. */
  entryId: z.string().optional(),
  cidr: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({ asOf: z.string(), q: z.string(), hits: z.array(SearchHit), total: z.number().int() });
export type SearchResult = z.infer<typeof SearchResult>;

/** `apiId@STAGE`, as `apiKeyOf` makes it. */
export const ApiKeyParams = z.object({
  key: z
    .string()
    .max(300)
    .regex(/^[^\s/@]+@(TEST|PRE|RELEASE)$/i, msg('apiKey')),
});

/** One API in one stage and what it hangs on, in order: who may call, what serves it, how it gets there. */
export const ApiStageChain = z.object({
  api: InventoryApi,
  ipControls: z.array(InventoryResource),
  backends: z.array(InventoryResource),
  vpcAuthorizations: z.array(InventoryResource),
  /** Endpoint services exposing the port a VPC authorization of this API points to. */
  endpointServices: z.array(InventoryResource),
  findings: z.array(Finding),
});
export type ApiStageChain = z.infer<typeof ApiStageChain>;

/** GET /api/bindings/apis/:key: the API's chain in every stage it is published in. */
export const ApiChain = z.object({ asOf: z.string(), apiId: z.string(), apiName: z.string(), groupName: z.string(), stages: z.array(ApiStageChain) });
export type ApiChain = z.infer<typeof ApiChain>;

/** Accepting a finding for a while: who owns the risk, why, until when (audited). */
export const CreateSuppression = z.strictObject({
  kind: FindingKind,
  subject: z
    .string()
    .trim()
    .min(1, msg('required'))
    .max(300, msg('maxCharsAtMost', { max: 300 })),
  owner: z
    .string()
    .trim()
    .min(1, msg('requiredRiskOwner'))
    .max(100, msg('maxCharsAtMost', { max: 100 })),
  reason: z
    .string()
    .trim()
    .min(3, msg('requiredRiskReason'))
    .max(500, msg('maxCharsAtMost', { max: 500 })),
  expiresAt: z.iso
    .datetime({ offset: true, ...msg('isoDateTime') })
    .refine((at) => new Date(at).getTime() > Date.now(), msg('inFuture'))
    .refine((at) => new Date(at).getTime() <= Date.now() + 366 * 24 * 3600_000, msg('withinYear')),
});
export type CreateSuppression = z.infer<typeof CreateSuppression>;

export const FindingSuppression = CreateSuppression.omit({ expiresAt: true }).extend({
  id: z.string(),
  expiresAt: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  expired: z.boolean(),
});
export type FindingSuppression = z.infer<typeof FindingSuppression>;

export const SuppressionList = z.object({ items: z.array(FindingSuppression) });
export const SuppressionParams = z.object({ id: z.uuid(msg('suppressionId')) });
