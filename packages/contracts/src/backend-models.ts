import { z } from 'zod';
import { PageQuery, pageOf } from './paging.ts';
import { ProfileQuery } from './profiles.ts';
import { PublishedApi, StageName } from './published-apis.ts';
import { ClientToken, HostName } from './vpc-authorizations.ts';
import { TaskSummary } from './tasks.ts';
import { issue, msg } from './messages.ts';

/** The backend types the cloud lists; each has its own model keys (the SDK's BackendConfig). */
export const BackendType = z.enum(['HTTP', 'VPC', 'OSS', 'FC_EVENT', 'FC_HTTP', 'FC_EVENT_V3', 'FC_HTTP_V3', 'MOCK', 'EVENTBRIDGE']);
export type BackendType = z.infer<typeof BackendType>;

/** Shown instead of a secret; sent back unchanged it means "keep the current one". */
export const SECRET_MASK = '******';

const text = (max: number) => z.string(msg('text')).trim().min(1, msg('required')).max(max, msg('maxChars', { max }));
const httpUrl = z
  .string(msg('httpUrl'))
  .trim()
  .max(500, msg('maxChars', { max: 500 }))
  .regex(/^https?:\/\/[^\s/?#]+(:\d{1,5})?(\/[^\s]*)?$/i, msg('httpUrl'));
const regionId = z.string(msg('regionId')).regex(/^[a-z]{2}-[a-z0-9-]+$/, msg('regionIdSuch', { example: 'cn-hangzhou' }));
const roleArn = z.string().regex(/^acs:ram::\d+:role\/[\w.-]+$/i, msg('roleArnSuch', { example: 'acs:ram::1234567890:role/aliyunapigatewayaccessingfcrole' }));
const timeoutMs = z
  .number(msg('numberOfMs'))
  .int(msg('wholeNumber'))
  .min(1, msg('msRange', { min: 1, max: 60000 }))
  .max(60000, msg('msRange', { min: 1, max: 60000 }));
const port = z
  .number(msg('portNumber'))
  .int(msg('wholeNumber'))
  .min(1, msg('portRange', { min: 1, max: 65535 }))
  .max(65535, msg('portRange', { min: 1, max: 65535 }));

/** Nacos credentials are secrets: write-only, masked when read. */
export const NacosConfig = z.strictObject({
  ServerAddress: text(500),
  Namespace: z.string().max(128).optional(),
  GroupName: z.string().max(128).optional(),
  ServiceName: text(128),
  Clusters: z.string().max(500).optional(),
  AuthType: z.enum(['ANONYMOUS', 'USERNAME_PASSWORD', 'AKSK']).optional(),
  UserName: z.string().max(128).optional(),
  Password: z.string().max(256).optional(),
  AccessKey: z.string().max(256).optional(),
  SecretKey: z.string().max(256).optional(),
});

export const DiscoveryConfig = z.strictObject({
  RcType: z.enum(['NACOS', 'ZOOKEEPER']),
  NacosConfig: NacosConfig.optional(),
  ZookeeperConfig: z.strictObject({ ConnectString: text(500), Namespace: z.string().max(128).optional(), ServiceName: text(128) }).optional(),
});

const typeTag = (type: string) => z.literal(type).optional();

const HttpModel = z
  .strictObject({
    Type: typeTag('HTTP'),
    ServiceAddress: httpUrl.optional(),
    HttpTargetHostName: HostName.optional(),
    ServiceTimeout: timeoutMs.optional(),
    DiscoveryConfig: DiscoveryConfig.optional(),
  })
  .superRefine((m, ctx) => {
    if (!m.ServiceAddress && !m.DiscoveryConfig) ctx.addIssue({ code: 'custom', path: ['ServiceAddress'], ...issue('requiredOrDiscovery') });
  });

const VpcModel = z.strictObject({
  Type: typeTag('VPC'),
  VpcConfig: z.strictObject({
    VpcId: z.string().regex(/^vpc-[a-z0-9]+$/i, msg('vpcIdSuch', { example: 'vpc-uf657qec7lx42paw3qxxx' })),
    InstanceId: text(64),
    Port: port,
    Name: z.string().max(50).optional(),
    VpcAccessId: z.string().max(64).optional(),
    VpcScheme: z.enum(['http', 'https']).optional(),
    VpcTargetHostName: HostName.optional(),
  }),
  ServiceTimeout: timeoutMs.optional(),
});

const OssModel = z.strictObject({
  Type: typeTag('OSS'),
  OssConfig: z.strictObject({
    OssRegionId: regionId,
    BucketName: z.string().regex(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, msg('ossBucketName')),
  }),
});

const fcBase = {
  FcRegionId: regionId,
  RoleArn: roleArn.optional(),
  Qualifier: z.string().max(128).optional(),
  OnlyBusinessPath: z.boolean().optional(),
};

const FcEventModel = z.strictObject({
  Type: typeTag('FC_EVENT'),
  FunctionComputeConfig: z.strictObject({ ...fcBase, FcType: z.literal('FCEvent').optional(), ServiceName: text(128), FunctionName: text(128) }),
});
const FcHttpModel = z.strictObject({
  Type: typeTag('FC_HTTP'),
  FunctionComputeConfig: z.strictObject({
    ...fcBase,
    FcType: z.literal('HttpTrigger').optional(),
    FcBaseUrl: httpUrl,
    ServiceName: z.string().max(128).optional(),
    FunctionName: z.string().max(128).optional(),
    TriggerName: z.string().max(128).optional(),
  }),
});
const FcEventV3Model = z.strictObject({
  Type: typeTag('FC_EVENT_V3'),
  FunctionComputeConfig: z.strictObject({ ...fcBase, FcType: z.literal('FCEvent').optional(), FunctionName: text(128) }),
});
const FcHttpV3Model = z.strictObject({
  Type: typeTag('FC_HTTP_V3'),
  FunctionComputeConfig: z.strictObject({
    ...fcBase,
    FcType: z.literal('HttpTrigger').optional(),
    FcBaseUrl: httpUrl,
    FunctionName: z.string().max(128).optional(),
    TriggerName: z.string().max(128).optional(),
  }),
});

const MockModel = z.strictObject({
  Type: typeTag('MOCK'),
  MockConfig: z.strictObject({
    MockResult: z.string().max(65535, msg('maxKiB', { max: 64 })),
    MockStatusCode: z.union([z.number().int(), z.string().regex(/^\d{3}$/)]).refine((v) => Number(v) >= 100 && Number(v) <= 599, msg('httpStatus', { min: 100, max: 599 })),
    MockHeaders: z
      .array(z.strictObject({ HeaderName: text(128), HeaderValue: z.string().max(1024) }))
      .max(20, msg('maxHeaders', { max: 20 }))
      .optional(),
  }),
});

const EventBridgeModel = z.strictObject({
  Type: typeTag('EVENTBRIDGE'),
  EventBridgeConfig: z.strictObject({ EventBridgeRegionId: regionId, EventBus: text(128), EventSource: text(128), RoleArn: roleArn }),
});

/** One schema per backend type, keyed as the cloud keys BackendModelData. */
export const backendModelSchemas = {
  HTTP: HttpModel,
  VPC: VpcModel,
  OSS: OssModel,
  FC_EVENT: FcEventModel,
  FC_HTTP: FcHttpModel,
  FC_EVENT_V3: FcEventV3Model,
  FC_HTTP_V3: FcHttpV3Model,
  MOCK: MockModel,
  EVENTBRIDGE: EventBridgeModel,
} satisfies Record<BackendType, z.ZodType>;

export type BackendModelData = Record<string, unknown>;

/** Checks model data against its backend type; messages name the JSON path (`ServiceAddress: must be an http(s) URL`). */
export function checkBackendModel(type: BackendType, data: unknown) {
  return backendModelSchemas[type].safeParse(data);
}

/** Paths of the write-only values in a model. */
export const secretPaths = [
  ['DiscoveryConfig', 'NacosConfig', 'Password'],
  ['DiscoveryConfig', 'NacosConfig', 'AccessKey'],
  ['DiscoveryConfig', 'NacosConfig', 'SecretKey'],
] as const;

export const BackendModel = z.object({
  id: z.string(),
  stageName: StageName,
  description: z.string().optional(),
  /** The model as the cloud keeps it, secrets masked. */
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type BackendModel = z.infer<typeof BackendModel>;

export const Backend = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  description: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  /** The cloud's tags, where the cloud lists them (DescribeBackendList; DescribeBackendInfo has none). */
  tags: z.record(z.string(), z.string()).optional(),
});
export type Backend = z.infer<typeof Backend>;

export const BackendListItem = Backend.extend({ stages: z.array(StageName) });
export type BackendListItem = z.infer<typeof BackendListItem>;

export const BackendListQuery = PageQuery.extend(ProfileQuery.shape).extend({
  search: z
    .string()
    .trim()
    .max(50, msg('maxChars', { max: 50 }))
    .optional(),
  type: BackendType.optional(),
});
export type BackendListQuery = z.infer<typeof BackendListQuery>;

export const BackendList = pageOf(BackendListItem);
export type BackendList = z.infer<typeof BackendList>;

export const BackendDetail = z.object({
  backend: Backend,
  models: z.array(BackendModel),
  boundApis: z.object({ TEST: z.array(PublishedApi), PRE: z.array(PublishedApi), RELEASE: z.array(PublishedApi) }),
});
export type BackendDetail = z.infer<typeof BackendDetail>;

export const BackendParams = z.object({ id: z.string().regex(/^[A-Za-z0-9]{1,64}$/, msg('backendId')) });
export const BackendStageParams = BackendParams.extend({ stage: StageName });

/** The body of a model save: the JSON object (checked against the type by the BFF, which knows the type). */
export const SaveBackendModel = z.strictObject({
  data: z.record(z.string(), z.unknown(), { ...msg('jsonObject') }),
  description: z
    .string()
    .max(180, msg('maxChars', { max: 180 }))
    .optional(),
  /** One per save attempt: a retried request is applied once. */
  clientToken: ClientToken,
});
export type SaveBackendModel = z.infer<typeof SaveBackendModel>;

export const SavedBackendModel = z.object({ modelId: z.string(), operationId: z.string().optional(), task: TaskSummary.optional() });
export type SavedBackendModel = z.infer<typeof SavedBackendModel>;
