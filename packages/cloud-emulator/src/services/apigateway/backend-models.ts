import type {
  BackendConfig,
  DiscoveryConfig,
  EdasConfig,
  EventBridgeConfig,
  FunctionComputeConfig,
  MockConfig,
  MockHeader,
  NacosConfig,
  OssConfig,
  VpcConfig,
  ZookeeperConfig,
} from './api.ts';
import { InvalidBackendModelDataError, NotFoundVpcAccessError } from './errors.ts';
import type { VpcAccessRecord } from './store.ts';

/**
 * BackendModelData: JSON whose keys depend on the backend type, as the SDK's
 * BackendConfig names them (ServiceAddress for HTTP, VpcConfig for VPC,
 * OssConfig, FunctionComputeConfig, MockConfig, EventBridgeConfig). A key that
 * does not belong to the type, a missing required key or a value of the wrong
 * shape answers InvalidBackendModelData naming the key's path.
 */
export const BACKEND_TYPES = ['HTTP', 'VPC', 'OSS', 'FC_EVENT', 'FC_HTTP', 'FC_EVENT_V3', 'FC_HTTP_V3', 'MOCK', 'EVENTBRIDGE'] as const;
export type BackendType = (typeof BACKEND_TYPES)[number];

export function isBackendType(value: string): value is BackendType {
  return (BACKEND_TYPES as readonly string[]).includes(value);
}

/** Finds the VPC access authorization a VPC model points at. */
export interface VpcAccessLookup {
  byId(vpcAccessId: string): VpcAccessRecord | undefined;
  byName(name: string): VpcAccessRecord | undefined;
  byEndpoint(vpcId: string, instanceId: string, port: number): VpcAccessRecord | undefined;
}

type Obj = Record<string, unknown>;

const HTTP_URL = /^https?:\/\/[^\s/?#:]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;
const HOST_NAME = /^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::\d{1,5})?$/;
const REGION_ID = /^[a-z]{2}-[a-z0-9-]+$/;
const ROLE_ARN = /^acs:ram::\d+:role\/[\w.-]+$/i;
const BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const VPC_ID = /^vpc-[A-Za-z0-9-]+$/;

function fail(path: string, problem: string): never {
  throw new InvalidBackendModelDataError(`${path} ${problem}.`);
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown, path: string): Obj {
  if (!isObject(value)) fail(path, 'must be a JSON object');
  return value;
}

function onlyKeys(obj: Obj, path: string, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(`${path}${key}`, `is not a key of ${what}`);
  }
}

interface TextRule {
  readonly required?: boolean;
  readonly pattern?: RegExp;
  readonly shape?: string;
  readonly oneOf?: readonly string[];
}

function text(obj: Obj, key: string, path: string, rule: TextRule = {}): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null || value === '') {
    if (rule.required) fail(`${path}${key}`, 'is required');
    return undefined;
  }
  if (typeof value !== 'string') fail(`${path}${key}`, 'must be a string');
  if (rule.pattern && !rule.pattern.test(value)) fail(`${path}${key}`, `must be ${rule.shape ?? 'well formed'}`);
  if (rule.oneOf && !rule.oneOf.includes(value)) fail(`${path}${key}`, `must be one of ${rule.oneOf.join(', ')}`);
  return value;
}

/** A whole number, also accepted as a string of digits (what a form sends). */
function integer(obj: Obj, key: string, path: string, min: number, max: number, required: boolean): number | undefined {
  const value = obj[key];
  if (value === undefined || value === null || value === '') {
    if (required) fail(`${path}${key}`, 'is required');
    return undefined;
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) fail(`${path}${key}`, `must be a whole number from ${min} to ${max}`);
  return n;
}

function boolean(obj: Obj, key: string, path: string): boolean | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') fail(`${path}${key}`, 'must be true or false');
  return value;
}

/** Copies the defined values, in the order given. */
function compact<T extends object>(entries: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return out as T;
}

const TOP_KEYS: Record<BackendType, readonly string[]> = {
  HTTP: ['ServiceAddress', 'HttpTargetHostName', 'DiscoveryConfig', 'EdasConfig'],
  VPC: ['VpcConfig'],
  OSS: ['OssConfig'],
  FC_EVENT: ['FunctionComputeConfig'],
  FC_HTTP: ['FunctionComputeConfig'],
  FC_EVENT_V3: ['FunctionComputeConfig'],
  FC_HTTP_V3: ['FunctionComputeConfig'],
  MOCK: ['MockConfig'],
  EVENTBRIDGE: ['EventBridgeConfig'],
};

function parseJson(data: string): Obj {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch (error) {
    throw new InvalidBackendModelDataError(`It is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!isObject(parsed)) throw new InvalidBackendModelDataError('It must be a JSON object.');
  return parsed;
}

function discoveryConfig(value: unknown): DiscoveryConfig {
  const path = 'DiscoveryConfig.';
  const obj = objectAt(value, 'DiscoveryConfig');
  onlyKeys(obj, path, ['RcType', 'NacosConfig', 'ZookeeperConfig'], 'DiscoveryConfig');
  const rcType = text(obj, 'RcType', path, { required: true, oneOf: ['NACOS', 'ZOOKEEPER'] }) ?? '';
  if (rcType === 'NACOS') {
    if (obj.ZookeeperConfig !== undefined) fail(`${path}ZookeeperConfig`, 'does not apply when RcType is NACOS');
    const p = `${path}NacosConfig.`;
    const nacos = objectAt(obj.NacosConfig ?? fail(`${path}NacosConfig`, 'is required when RcType is NACOS'), `${path}NacosConfig`);
    const keys = ['ServerAddress', 'Namespace', 'GroupName', 'ServiceName', 'Clusters', 'AuthType', 'UserName', 'Password', 'AccessKey', 'SecretKey'];
    onlyKeys(nacos, p, keys, 'NacosConfig');
    return {
      RcType: rcType,
      NacosConfig: compact<NacosConfig>({
        ServerAddress: text(nacos, 'ServerAddress', p, { required: true }) ?? '',
        ServiceName: text(nacos, 'ServiceName', p, { required: true }) ?? '',
        Namespace: text(nacos, 'Namespace', p),
        GroupName: text(nacos, 'GroupName', p),
        Clusters: text(nacos, 'Clusters', p),
        AuthType: text(nacos, 'AuthType', p),
        UserName: text(nacos, 'UserName', p),
        Password: text(nacos, 'Password', p),
        AccessKey: text(nacos, 'AccessKey', p),
        SecretKey: text(nacos, 'SecretKey', p),
      }),
    };
  }
  if (obj.NacosConfig !== undefined) fail(`${path}NacosConfig`, 'does not apply when RcType is ZOOKEEPER');
  const p = `${path}ZookeeperConfig.`;
  const zk = objectAt(obj.ZookeeperConfig ?? fail(`${path}ZookeeperConfig`, 'is required when RcType is ZOOKEEPER'), `${path}ZookeeperConfig`);
  onlyKeys(zk, p, ['ConnectString', 'Namespace', 'ServiceName'], 'ZookeeperConfig');
  return {
    RcType: rcType,
    ZookeeperConfig: compact<ZookeeperConfig>({
      ConnectString: text(zk, 'ConnectString', p, { required: true }) ?? '',
      ServiceName: text(zk, 'ServiceName', p, { required: true }) ?? '',
      Namespace: text(zk, 'Namespace', p),
    }),
  };
}

const EDAS_KEYS = ['EdasAppId', 'MicroserviceNamespace', 'MicroserviceNamespaceId', 'MicroserviceNamespaceName', 'MseInstanceId', 'RegistryType', 'ServiceName'] as const;

function edasConfig(value: unknown): EdasConfig {
  const obj = objectAt(value, 'EdasConfig');
  onlyKeys(obj, 'EdasConfig.', EDAS_KEYS, 'EdasConfig');
  const out: Record<string, string> = {};
  for (const key of EDAS_KEYS) {
    const v = text(obj, key, 'EdasConfig.');
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function httpModel(obj: Obj): Partial<BackendConfig> {
  const out = compact<Partial<BackendConfig>>({
    ServiceAddress: text(obj, 'ServiceAddress', '', { pattern: HTTP_URL, shape: 'an http(s) URL such as http://10.0.0.1:8080' }),
    HttpTargetHostName: text(obj, 'HttpTargetHostName', '', { pattern: HOST_NAME, shape: 'a host name' }),
    DiscoveryConfig: obj.DiscoveryConfig === undefined ? undefined : discoveryConfig(obj.DiscoveryConfig),
    EdasConfig: obj.EdasConfig === undefined ? undefined : edasConfig(obj.EdasConfig),
  });
  if (!out.ServiceAddress && !out.DiscoveryConfig && !out.EdasConfig) {
    fail('ServiceAddress', 'is required for a HTTP backend (or a DiscoveryConfig or EdasConfig)');
  }
  return out;
}

function vpcModel(obj: Obj, lookup: VpcAccessLookup): Partial<BackendConfig> {
  const p = 'VpcConfig.';
  const vpc = objectAt(obj.VpcConfig ?? fail('VpcConfig', 'is required for a VPC backend'), 'VpcConfig');
  onlyKeys(vpc, p, ['VpcAccessId', 'Name', 'VpcId', 'InstanceId', 'Port', 'VpcScheme', 'VpcTargetHostName'], 'VpcConfig');
  const vpcAccessId = text(vpc, 'VpcAccessId', p);
  const name = text(vpc, 'Name', p);
  const vpcId = text(vpc, 'VpcId', p, { pattern: VPC_ID, shape: 'a VPC id such as vpc-uf657qec7lx42paw3qxxx' });
  const instanceId = text(vpc, 'InstanceId', p);
  const port = integer(vpc, 'Port', p, 1, 65535, false);
  const byEndpoint = vpcId !== undefined || instanceId !== undefined || port !== undefined;
  let access: VpcAccessRecord | undefined;
  if (byEndpoint || (vpcAccessId === undefined && name === undefined)) {
    if (vpcId === undefined) fail(`${p}VpcId`, 'is required (with InstanceId and Port), or give VpcAccessId or Name');
    if (instanceId === undefined) fail(`${p}InstanceId`, 'is required');
    if (port === undefined) fail(`${p}Port`, 'is required');
    access = lookup.byEndpoint(vpcId, instanceId, port);
    if (!access) throw new NotFoundVpcAccessError(`VpcId: ${vpcId}, InstanceId: ${instanceId}, Port: ${port}.`);
  } else {
    access = vpcAccessId !== undefined ? lookup.byId(vpcAccessId) : lookup.byName(name ?? '');
    if (!access) throw new NotFoundVpcAccessError(vpcAccessId !== undefined ? `VpcAccessId: ${vpcAccessId}.` : `Name: ${name}.`);
  }
  const config: VpcConfig = compact<VpcConfig>({
    VpcAccessId: access.vpcAccessId,
    Name: access.name,
    VpcId: access.vpcId,
    InstanceId: access.instanceId,
    Port: access.port,
    VpcScheme: text(vpc, 'VpcScheme', p, { oneOf: ['http', 'https'] }),
    VpcTargetHostName: text(vpc, 'VpcTargetHostName', p, { pattern: HOST_NAME, shape: 'a host name' }),
  });
  return { VpcConfig: config };
}

function ossModel(obj: Obj): Partial<BackendConfig> {
  const p = 'OssConfig.';
  const oss = objectAt(obj.OssConfig ?? fail('OssConfig', 'is required for an OSS backend'), 'OssConfig');
  onlyKeys(oss, p, ['OssRegionId', 'BucketName', 'Key', 'Action'], 'OssConfig');
  const config: OssConfig = compact<OssConfig>({
    OssRegionId: text(oss, 'OssRegionId', p, { required: true, pattern: REGION_ID, shape: 'a region id such as cn-hangzhou' }) ?? '',
    BucketName: text(oss, 'BucketName', p, { required: true, pattern: BUCKET, shape: 'a bucket name (3-63 lowercase letters, digits and -)' }) ?? '',
    Key: text(oss, 'Key', p),
    Action: text(oss, 'Action', p),
  });
  return { OssConfig: config };
}

const FC_KEYS = [
  'FcRegionId',
  'FcType',
  'ServiceName',
  'FunctionName',
  'Qualifier',
  'RoleArn',
  'FcBaseUrl',
  'TriggerName',
  'OnlyBusinessPath',
  'FcVersion',
  'Path',
  'Method',
  'ContentTypeCatagory',
  'ContentTypeValue',
];

function fcModel(obj: Obj, type: BackendType): Partial<BackendConfig> {
  const p = 'FunctionComputeConfig.';
  const fc = objectAt(obj.FunctionComputeConfig ?? fail('FunctionComputeConfig', `is required for a ${type} backend`), 'FunctionComputeConfig');
  onlyKeys(fc, p, FC_KEYS, 'FunctionComputeConfig');
  const event = type === 'FC_EVENT' || type === 'FC_EVENT_V3';
  const v3 = type === 'FC_EVENT_V3' || type === 'FC_HTTP_V3';
  const config: FunctionComputeConfig = compact<FunctionComputeConfig>({
    FcRegionId: text(fc, 'FcRegionId', p, { required: true, pattern: REGION_ID, shape: 'a region id such as cn-hangzhou' }) ?? '',
    FcType: text(fc, 'FcType', p, { oneOf: [event ? 'FCEvent' : 'HttpTrigger'] }),
    ServiceName: text(fc, 'ServiceName', p, { required: type === 'FC_EVENT' }),
    FunctionName: text(fc, 'FunctionName', p, { required: event }),
    Qualifier: text(fc, 'Qualifier', p),
    RoleArn: text(fc, 'RoleArn', p, { pattern: ROLE_ARN, shape: 'a RAM role ARN such as acs:ram::1234567890:role/aliyunapigatewayaccessingfcrole' }),
    FcBaseUrl: text(fc, 'FcBaseUrl', p, { required: !event, pattern: HTTP_URL, shape: 'an http(s) URL' }),
    TriggerName: text(fc, 'TriggerName', p),
    OnlyBusinessPath: boolean(fc, 'OnlyBusinessPath', p),
    FcVersion: text(fc, 'FcVersion', p, { oneOf: [v3 ? '3.0' : '2.0'] }),
    Path: text(fc, 'Path', p),
    Method: text(fc, 'Method', p),
    ContentTypeCatagory: text(fc, 'ContentTypeCatagory', p, { oneOf: ['DEFAULT', 'CUSTOM', 'CLIENT'] }),
    ContentTypeValue: text(fc, 'ContentTypeValue', p),
  });
  return { FunctionComputeConfig: config };
}

function mockHeaders(value: unknown, path: string): MockHeader[] {
  if (!Array.isArray(value)) fail(path, 'must be a JSON array');
  return value.map((item, i) => {
    const p = `${path}[${i}].`;
    const header = objectAt(item, `${path}[${i}]`);
    onlyKeys(header, p, ['HeaderName', 'HeaderValue'], 'a mock header');
    const headerValue = header.HeaderValue;
    if (headerValue !== undefined && typeof headerValue !== 'string') fail(`${p}HeaderValue`, 'must be a string');
    return { HeaderName: text(header, 'HeaderName', p, { required: true }) ?? '', HeaderValue: headerValue ?? '' };
  });
}

function mockModel(obj: Obj): Partial<BackendConfig> {
  const p = 'MockConfig.';
  const mock = objectAt(obj.MockConfig ?? fail('MockConfig', 'is required for a MOCK backend'), 'MockConfig');
  onlyKeys(mock, p, ['MockResult', 'MockStatusCode', 'MockHeaders'], 'MockConfig');
  const result = mock.MockResult;
  if (result === undefined || result === null) fail(`${p}MockResult`, 'is required');
  if (typeof result !== 'string') fail(`${p}MockResult`, 'must be a string');
  const status = integer(mock, 'MockStatusCode', p, 100, 599, true) ?? 200;
  const config: MockConfig = compact<MockConfig>({
    MockResult: result,
    MockStatusCode: String(status),
    MockHeaders: mock.MockHeaders === undefined ? undefined : mockHeaders(mock.MockHeaders, `${p}MockHeaders`),
  });
  return { MockConfig: config };
}

function eventBridgeModel(obj: Obj): Partial<BackendConfig> {
  const p = 'EventBridgeConfig.';
  const eb = objectAt(obj.EventBridgeConfig ?? fail('EventBridgeConfig', 'is required for an EVENTBRIDGE backend'), 'EventBridgeConfig');
  onlyKeys(eb, p, ['EventBridgeRegionId', 'EventBus', 'EventSource', 'RoleArn'], 'EventBridgeConfig');
  const config: EventBridgeConfig = {
    EventBridgeRegionId: text(eb, 'EventBridgeRegionId', p, { required: true, pattern: REGION_ID, shape: 'a region id such as cn-hangzhou' }) ?? '',
    EventBus: text(eb, 'EventBus', p, { required: true }) ?? '',
    EventSource: text(eb, 'EventSource', p, { required: true }) ?? '',
    RoleArn: text(eb, 'RoleArn', p, { required: true, pattern: ROLE_ARN, shape: 'a RAM role ARN' }) ?? '',
  };
  return { EventBridgeConfig: config };
}

function modelFor(type: BackendType, obj: Obj, lookup: VpcAccessLookup): Partial<BackendConfig> {
  switch (type) {
    case 'HTTP':
      return httpModel(obj);
    case 'VPC':
      return vpcModel(obj, lookup);
    case 'OSS':
      return ossModel(obj);
    case 'MOCK':
      return mockModel(obj);
    case 'EVENTBRIDGE':
      return eventBridgeModel(obj);
    default:
      return fcModel(obj, type);
  }
}

/** Parses and checks BackendModelData for a backend type; the stored configuration, with Type. */
export function parseBackendModelData(type: BackendType, data: string, lookup: VpcAccessLookup): BackendConfig {
  const obj = parseJson(data);
  onlyKeys(obj, '', ['Type', 'ServiceTimeout', ...TOP_KEYS[type]], `${type} backend models`);
  const declared = text(obj, 'Type', '');
  if (declared !== undefined && declared !== type) fail('Type', `must be ${type}, the type of the backend`);
  const serviceTimeout = integer(obj, 'ServiceTimeout', '', 1, 2_147_483_647, false);
  return compact<BackendConfig>({ Type: type, ...modelFor(type, obj, lookup), ServiceTimeout: serviceTimeout });
}
