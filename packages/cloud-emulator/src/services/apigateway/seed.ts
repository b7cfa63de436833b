import { hashAlphanumeric, hashHex } from '../../core/ids.ts';
import type { BackendConfig } from './api.ts';
import {
  type ApiGatewayRegionState,
  type ApiGroupRecord,
  type ApiRecord,
  type BackendModelRecord,
  type IpControlType,
  type RegionSeeder,
  STAGE_NAMES,
  type StageName,
  type VpcAccessRecord,
} from './store.ts';

/**
 * The seeded state: five API groups with their TEST/PRE/RELEASE stages, their
 * APIs and where each is published (26 in TEST, 21 in PRE, 26 in RELEASE; one
 * group, status, uses no VPC, backend service or ACL), and VPC authorizations:
 * one bound to 24 published APIs across two groups and two stages (busy), one
 * bound to three (quiet), one bound to two through an IP address (direct), and
 * one bound to none (idle). IP access control lists: an
 * ALLOW list guarding 12 published APIs (one of its policies is 0.0.0.0/0), a
 * REFUSE list guarding 7, an unbound ALLOW list. Backend services of seven types
 * with models per stage (one lacks PRE, one has only RELEASE) and the published
 * APIs that use them. Every id is derived from a hash of a seed string, so it is
 * the same on every start. `seedScale` = N adds N-1 replicas of all of it (names
 * suffixed `-2`, `_2`, …).
 */
const SALT = 'portico-cloud-emulator/apigateway/v1';

export const SEED_ACCOUNT_ID = '1528465301829367';
export const SEED_REGION_ID = 'cn-hangzhou';

type GroupKey = 'payments' | 'orders' | 'identity' | 'catalog' | 'status';
type VpcAccessKey = 'busy' | 'quiet' | 'direct' | 'idle';

interface ApiTemplate {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly description: string;
  /** PUBLIC unless said. */
  readonly visibility?: 'PRIVATE';
  /** Stages it is published in: all three unless said; none for a draft. */
  readonly stages?: readonly StageName[];
}

/** The shared instance of a region, and the one dedicated instance of the seeded account. */
const SHARED_INSTANCE = { id: 'api-shared-vpc-001', type: 'VPC_SHARED' } as const;
const DEDICATED_INSTANCE = {
  id: `apigateway-cn-${hashAlphanumeric(`${SALT}:instance:dedicated`, 12)}`,
  type: 'VPC_DEDICATED',
} as const;

interface GroupTemplate {
  readonly name: string;
  readonly description: string;
  readonly createdTime: string;
  readonly modifiedTime: string;
  readonly instance: { readonly id: string; readonly type: string };
  readonly httpsPolicy: string;
  readonly basePath: string;
  readonly trafficLimit: number;
  readonly tags: readonly { Key: string; Value: string }[];
  /** When each stage was last published; API i of the group a minute later per i. */
  readonly deployedTime: Readonly<Record<StageName, string>>;
  readonly apis: readonly ApiTemplate[];
}

const GROUP_TEMPLATES: Record<GroupKey, GroupTemplate> = {
  payments: {
    name: 'portico_payments',
    description: 'Charges, refunds, payouts and balances',
    createdTime: '2025-12-01T02:00:00Z',
    modifiedTime: '2026-01-07T01:30:00Z',
    instance: DEDICATED_INSTANCE,
    httpsPolicy: 'HTTPS2_TLS1_2',
    basePath: '/',
    trafficLimit: 2500,
    tags: [
      { Key: 'team', Value: 'payments' },
      { Key: 'env', Value: 'production' },
    ],
    deployedTime: { TEST: '2026-01-06T03:00:00Z', PRE: '2026-01-06T06:00:00Z', RELEASE: '2026-01-07T02:00:00Z' },
    apis: [
      { name: 'create_charge', method: 'POST', path: '/v1/charges', description: 'Creates a charge against a payment method.', stages: ['TEST', 'RELEASE'] },
      { name: 'get_charge', method: 'GET', path: '/v1/charges/[chargeId]', description: 'Returns one charge.' },
      { name: 'list_charges', method: 'GET', path: '/v1/charges', description: 'Lists charges, newest first.' },
      { name: 'refund_charge', method: 'POST', path: '/v1/charges/[chargeId]/refunds', description: 'Refunds a charge in full or in part.', stages: ['TEST', 'RELEASE'] },
      { name: 'create_payout', method: 'POST', path: '/v1/payouts', description: 'Sends funds to a bank account.', stages: ['TEST', 'RELEASE'] },
      { name: 'get_balance', method: 'GET', path: '/v1/balance', description: 'Returns the available and pending balance.', visibility: 'PRIVATE' },
    ],
  },
  orders: {
    name: 'portico_orders',
    description: 'Orders, shipping and order events',
    createdTime: '2025-12-03T06:00:00Z',
    modifiedTime: '2026-01-07T04:00:00Z',
    instance: SHARED_INSTANCE,
    httpsPolicy: 'HTTPS2_TLS1_0',
    basePath: '/',
    trafficLimit: 500,
    tags: [{ Key: 'team', Value: 'orders' }],
    deployedTime: { TEST: '2026-01-05T08:00:00Z', PRE: '2026-01-06T08:00:00Z', RELEASE: '2026-01-07T05:00:00Z' },
    apis: [
      { name: 'create_order', method: 'POST', path: '/v1/orders', description: 'Places an order.' },
      { name: 'get_order', method: 'GET', path: '/v1/orders/[orderId]', description: 'Returns one order.' },
      { name: 'list_orders', method: 'GET', path: '/v1/orders', description: 'Lists orders of a customer.' },
      { name: 'cancel_order', method: 'POST', path: '/v1/orders/[orderId]/cancel', description: 'Cancels an order not yet shipped.' },
      { name: 'update_shipping', method: 'PUT', path: '/v1/orders/[orderId]/shipping', description: 'Changes the shipping address.' },
      { name: 'list_order_events', method: 'GET', path: '/v1/orders/[orderId]/events', description: 'Lists the events of an order.' },
    ],
  },
  identity: {
    name: 'portico_identity',
    description: 'Sessions, users and roles',
    createdTime: '2025-12-10T01:00:00Z',
    modifiedTime: '2026-01-11T10:00:00Z',
    instance: SHARED_INSTANCE,
    httpsPolicy: 'HTTPS2_TLS1_2',
    basePath: '/',
    trafficLimit: 500,
    tags: [{ Key: 'team', Value: 'security' }],
    deployedTime: { TEST: '2026-01-09T02:00:00Z', PRE: '2026-01-10T02:00:00Z', RELEASE: '2026-01-11T09:00:00Z' },
    apis: [
      { name: 'create_session', method: 'POST', path: '/v1/sessions', description: 'Signs a user in.' },
      { name: 'delete_session', method: 'DELETE', path: '/v1/sessions/current', description: 'Signs the current user out.' },
      { name: 'get_user', method: 'GET', path: '/v1/users/[userId]', description: 'Returns a user profile.' },
      { name: 'update_user', method: 'PUT', path: '/v1/users/[userId]', description: 'Updates a user profile.', visibility: 'PRIVATE' },
      { name: 'reset_password', method: 'POST', path: '/v1/users/[userId]/password-reset', description: 'Starts a password reset.', visibility: 'PRIVATE' },
      { name: 'list_roles', method: 'GET', path: '/v1/roles', description: 'Lists roles.', visibility: 'PRIVATE' },
    ],
  },
  catalog: {
    name: 'portico_catalog',
    description: 'Products, categories, inventory and prices',
    createdTime: '2025-12-15T07:30:00Z',
    modifiedTime: '2026-01-04T12:00:00Z',
    instance: SHARED_INSTANCE,
    httpsPolicy: 'HTTPS2_TLS1_0',
    basePath: '/catalog',
    trafficLimit: 500,
    tags: [{ Key: 'team', Value: 'catalog' }],
    deployedTime: { TEST: '2026-01-02T03:00:00Z', PRE: '2026-01-03T03:00:00Z', RELEASE: '2026-01-04T11:00:00Z' },
    apis: [
      { name: 'list_products', method: 'GET', path: '/v1/products', description: 'Lists products.' },
      { name: 'get_product', method: 'GET', path: '/v1/products/[productId]', description: 'Returns one product.' },
      { name: 'search_products', method: 'GET', path: '/v1/products/search', description: 'Full-text product search.' },
      { name: 'list_categories', method: 'GET', path: '/v1/categories', description: 'Lists categories.' },
      { name: 'get_inventory', method: 'GET', path: '/v1/products/[productId]/inventory', description: 'Returns stock levels.' },
      { name: 'update_price', method: 'PUT', path: '/v1/products/[productId]/price', description: 'Changes a list price.', visibility: 'PRIVATE' },
    ],
  },
  status: {
    name: 'portico_status',
    description: 'Public status pages served by an HTTP address of their own: no backend service, VPC or ACL',
    createdTime: '2026-02-14T09:00:00Z',
    modifiedTime: '2026-02-14T09:00:00Z',
    instance: SHARED_INSTANCE,
    httpsPolicy: 'HTTPS1_1_TLS1_0',
    basePath: '/',
    trafficLimit: 500,
    tags: [],
    deployedTime: { TEST: '2026-02-14T10:00:00Z', PRE: '2026-02-14T10:00:00Z', RELEASE: '2026-02-15T08:00:00Z' },
    apis: [
      { name: 'get_status', method: 'GET', path: '/v1/status', description: 'Returns the platform status.', stages: ['TEST', 'RELEASE'] },
      { name: 'list_incidents', method: 'GET', path: '/v1/incidents', description: 'Lists open incidents.', stages: ['TEST', 'RELEASE'] },
      { name: 'get_metrics', method: 'GET', path: '/v1/metrics', description: 'Platform metrics; a draft, never published.', visibility: 'PRIVATE', stages: [] },
    ],
  },
};

interface VpcAccessTemplate {
  readonly name: string;
  readonly vpc: 'core' | 'data';
  readonly instance: { kind: 'ecs' | 'slb'; seed: string } | { kind: 'ip'; address: string };
  readonly port: number;
  readonly description: string;
  readonly vpcTargetHostName?: string;
  readonly createdTime: string;
  readonly tags: readonly { Key: string; Value: string }[];
  /** Published APIs bound to it: group, API names (all when absent), stages. */
  readonly bindings: readonly { group: GroupKey; apis?: readonly string[]; stages: readonly StageName[] }[];
}

const VPC_ACCESS_TEMPLATES: Record<VpcAccessKey, VpcAccessTemplate> = {
  busy: {
    name: 'vpc-core-backend',
    vpc: 'core',
    instance: { kind: 'ecs', seed: 'core-backend' },
    port: 8080,
    description: 'Core backend ECS instance serving payments and orders',
    vpcTargetHostName: 'core-backend.internal.portico.example',
    createdTime: '2026-01-05T10:00:00Z',
    tags: [
      { Key: 'team', Value: 'platform' },
      { Key: 'env', Value: 'production' },
    ],
    bindings: [
      { group: 'payments', stages: ['TEST', 'RELEASE'] },
      { group: 'orders', stages: ['TEST', 'RELEASE'] },
    ],
  },
  quiet: {
    name: 'vpc-identity-slb',
    vpc: 'core',
    instance: { kind: 'slb', seed: 'identity-slb' },
    port: 443,
    description: 'Internal SLB in front of the identity service',
    vpcTargetHostName: 'identity.internal.portico.example',
    createdTime: '2026-01-12T08:30:00Z',
    tags: [{ Key: 'team', Value: 'security' }],
    bindings: [{ group: 'identity', apis: ['create_session', 'delete_session', 'get_user'], stages: ['RELEASE'] }],
  },
  direct: {
    name: 'vpc-catalog-db-proxy',
    vpc: 'data',
    instance: { kind: 'ip', address: '192.168.20.24' },
    port: 9000,
    description: 'Catalog read proxy reached by private IP address',
    createdTime: '2026-02-02T16:45:00Z',
    tags: [],
    bindings: [{ group: 'catalog', apis: ['list_products', 'get_inventory'], stages: ['PRE'] }],
  },
  idle: {
    name: 'vpc-sandbox-unbound',
    vpc: 'core',
    instance: { kind: 'ecs', seed: 'sandbox' },
    port: 80,
    description: 'Sandbox ECS instance, not used by any published API yet',
    createdTime: '2026-02-20T03:15:00Z',
    tags: [{ Key: 'env', Value: 'sandbox' }],
    bindings: [],
  },
};

type IpControlKey = 'partners' | 'blocklist' | 'sandbox';

interface PolicyItemTemplate {
  readonly cidrIp: string;
  /** Only in ALLOW lists. */
  readonly appId?: string;
  readonly createdTime: string;
  readonly modifiedTime?: string;
}

/** Published APIs: group, API names (all when absent), stages. */
interface BindingTemplate {
  readonly group: GroupKey;
  readonly apis?: readonly string[];
  readonly stages: readonly StageName[];
}

interface IpControlTemplate {
  readonly name: string;
  readonly type: IpControlType;
  readonly description: string;
  readonly createdTime: string;
  readonly items: readonly PolicyItemTemplate[];
  readonly bindings: readonly BindingTemplate[];
  readonly boundTime: string;
}

/** ACL names: 4-50 letters, digits and underscores, as CreateIpControl requires. */
const IP_CONTROL_TEMPLATES: Record<IpControlKey, IpControlTemplate> = {
  partners: {
    name: 'portico_partner_allowlist',
    type: 'ALLOW',
    description: 'Partner networks allowed to call payments and orders in production',
    createdTime: '2026-01-08T09:00:00Z',
    items: [
      { cidrIp: '203.0.113.0/24;198.51.100.10', appId: '110001', createdTime: '2026-01-08T09:00:00Z' },
      { cidrIp: '192.0.2.0/25;192.0.2.200;2001:db8:10::/48', createdTime: '2026-01-08T09:05:00Z', modifiedTime: '2026-02-03T14:20:00Z' },
      { cidrIp: '100.64.0.0/10', appId: '110003', createdTime: '2026-01-15T11:30:00Z' },
      { cidrIp: '0.0.0.0/0', createdTime: '2026-02-11T22:47:00Z' },
      { cidrIp: '2001:db8:abcd::/64;2001:db8:abcd:1::1', appId: '110002', createdTime: '2026-02-12T08:10:00Z' },
    ],
    bindings: [
      { group: 'payments', stages: ['RELEASE'] },
      { group: 'orders', stages: ['RELEASE'] },
    ],
    boundTime: '2026-01-08T09:30:00Z',
  },
  blocklist: {
    name: 'portico_abuse_blocklist',
    type: 'REFUSE',
    description: 'Addresses refused after abuse reports',
    createdTime: '2026-01-20T07:45:00Z',
    items: [
      { cidrIp: '45.33.32.156;185.220.101.0/24', createdTime: '2026-01-20T07:45:00Z' },
      { cidrIp: '2001:db8:bad::/48', createdTime: '2026-01-22T13:00:00Z' },
      { cidrIp: '198.18.0.0/15;203.0.113.66', createdTime: '2026-02-05T18:30:00Z', modifiedTime: '2026-02-06T09:00:00Z' },
      { cidrIp: '192.0.2.13', createdTime: '2026-02-18T10:15:00Z' },
    ],
    bindings: [
      { group: 'identity', stages: ['RELEASE'] },
      { group: 'catalog', apis: ['search_products'], stages: ['RELEASE'] },
    ],
    boundTime: '2026-01-20T08:00:00Z',
  },
  sandbox: {
    name: 'portico_sandbox_unbound',
    type: 'ALLOW',
    description: 'Office network for sandbox APIs, not bound to any API yet',
    createdTime: '2026-02-25T12:00:00Z',
    items: [{ cidrIp: '10.0.0.0/8;172.16.0.0/12', createdTime: '2026-02-25T12:00:00Z' }],
    bindings: [],
    boundTime: '2026-02-25T12:00:00Z',
  },
};

type BackendKey = 'catalogHttp' | 'identityVpc' | 'imagesOss' | 'paymentsFc' | 'ordersMock' | 'identityNacos' | 'auditEvents';

/** Fake Nacos credentials of the seeded discovery backend: secrets a console must mask. */
export const SEED_NACOS_SECRETS = {
  Password: 'nacos-Pw-7f3c9e21',
  AccessKey: 'nacos-demo-ak-3e9d51c0',
  SecretKey: 'nacosDemoSecretKey0d4b8a6f2c',
} as const;

interface BackendTemplate {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly createdTime: string;
  readonly modifiedTime: string;
  readonly tags: readonly { Key: string; Value: string }[];
  /** The model of each configured stage. */
  readonly models: Partial<Record<StageName, (replica: number) => BackendConfig>>;
  /** APIs whose draft definition uses the backend. */
  readonly drafts: readonly BindingTemplate[];
  /** Published APIs that use the backend, per stage. */
  readonly published: readonly BindingTemplate[];
}

const stageHost = (service: string, stage: StageName) => `${service}-${stage.toLowerCase()}.internal.portico.example`;

const BACKEND_TEMPLATES: Record<BackendKey, BackendTemplate> = {
  catalogHttp: {
    name: 'portico-catalog-http',
    type: 'HTTP',
    description: 'Catalog service behind a public load balancer',
    createdTime: '2026-01-06T08:00:00Z',
    modifiedTime: '2026-01-06T08:00:00Z',
    tags: [{ Key: 'team', Value: 'catalog' }],
    models: Object.fromEntries(
      STAGE_NAMES.map((stage) => [
        stage,
        () => ({ Type: 'HTTP', ServiceAddress: `http://${stageHost('catalog', stage)}:8080`, HttpTargetHostName: 'catalog.portico.example', ServiceTimeout: 10000 }),
      ]),
    ),
    drafts: [{ group: 'catalog', apis: ['get_product', 'search_products', 'list_categories', 'update_price'], stages: [] }],
    published: [{ group: 'catalog', apis: ['get_product', 'search_products', 'list_categories', 'update_price'], stages: ['TEST', 'PRE', 'RELEASE'] }],
  },
  identityVpc: {
    name: 'portico-identity-vpc',
    type: 'VPC',
    description: 'Identity service reached through the internal SLB authorization',
    createdTime: '2026-01-12T09:00:00Z',
    modifiedTime: '2026-01-12T09:00:00Z',
    tags: [{ Key: 'team', Value: 'security' }],
    models: Object.fromEntries(
      STAGE_NAMES.map((stage) => [
        stage,
        (replica: number) => {
          const quiet = seedVpcAccess('quiet', replica);
          return {
            Type: 'VPC',
            VpcConfig: {
              VpcAccessId: quiet.vpcAccessId,
              Name: quiet.name,
              VpcId: quiet.vpcId,
              InstanceId: quiet.instanceId,
              Port: quiet.port,
              VpcScheme: 'https',
              VpcTargetHostName: stageHost('identity', stage),
            },
            ServiceTimeout: 5000,
          };
        },
      ]),
    ),
    drafts: [{ group: 'identity', apis: ['update_user', 'reset_password', 'list_roles'], stages: [] }],
    published: [{ group: 'identity', apis: ['update_user', 'reset_password', 'list_roles'], stages: ['TEST', 'PRE', 'RELEASE'] }],
  },
  imagesOss: {
    name: 'portico-catalog-export-oss',
    type: 'OSS',
    description: 'Nightly catalog export in OSS; no PRE model yet',
    createdTime: '2026-01-18T10:00:00Z',
    modifiedTime: '2026-01-18T10:00:00Z',
    tags: [],
    models: {
      TEST: () => ({ Type: 'OSS', OssConfig: { OssRegionId: 'cn-hangzhou', BucketName: 'portico-catalog-export-test' } }),
      RELEASE: () => ({ Type: 'OSS', OssConfig: { OssRegionId: 'cn-hangzhou', BucketName: 'portico-catalog-export' } }),
    },
    drafts: [{ group: 'catalog', apis: ['list_products', 'get_inventory'], stages: [] }],
    published: [{ group: 'catalog', apis: ['list_products', 'get_inventory'], stages: ['TEST', 'RELEASE'] }],
  },
  paymentsFc: {
    name: 'portico-payments-fc',
    type: 'FC_HTTP',
    description: 'Read-only payment queries served by Function Compute',
    createdTime: '2026-01-25T06:00:00Z',
    modifiedTime: '2026-01-25T06:00:00Z',
    tags: [{ Key: 'team', Value: 'payments' }],
    models: Object.fromEntries(
      STAGE_NAMES.map((stage) => [
        stage,
        () => ({
          Type: 'FC_HTTP',
          FunctionComputeConfig: {
            FcRegionId: 'cn-hangzhou',
            FcType: 'HttpTrigger',
            FcBaseUrl: `https://payments-${stage.toLowerCase()}-query.cn-hangzhou.fcapp.run`,
            ServiceName: 'portico-payments',
            FunctionName: 'payments-query',
            Qualifier: stage === 'RELEASE' ? 'LATEST' : stage.toLowerCase(),
            RoleArn: `acs:ram::${SEED_ACCOUNT_ID}:role/aliyunapigatewayaccessingfcrole`,
            OnlyBusinessPath: false,
          },
        }),
      ]),
    ),
    drafts: [{ group: 'payments', apis: ['get_charge', 'list_charges', 'get_balance'], stages: [] }],
    published: [{ group: 'payments', apis: ['get_charge', 'list_charges', 'get_balance'], stages: ['PRE'] }],
  },
  ordersMock: {
    name: 'portico-orders-mock',
    type: 'MOCK',
    description: 'Canned answers for order APIs in pre-release testing',
    createdTime: '2026-02-01T09:30:00Z',
    modifiedTime: '2026-02-01T09:30:00Z',
    tags: [{ Key: 'env', Value: 'pre' }],
    models: Object.fromEntries(
      STAGE_NAMES.map((stage) => [
        stage,
        () => ({
          Type: 'MOCK',
          MockConfig: {
            MockResult: `{"stage":"${stage}","orders":[]}`,
            MockStatusCode: '200',
            MockHeaders: [{ HeaderName: 'Content-Type', HeaderValue: 'application/json' }],
          },
        }),
      ]),
    ),
    drafts: [],
    published: [{ group: 'orders', stages: ['PRE'] }],
  },
  identityNacos: {
    name: 'portico-identity-nacos',
    type: 'HTTP',
    description: 'Session service found through Nacos service discovery',
    createdTime: '2026-02-08T15:00:00Z',
    modifiedTime: '2026-02-08T15:00:00Z',
    tags: [{ Key: 'team', Value: 'security' }],
    models: Object.fromEntries(
      STAGE_NAMES.map((stage) => [
        stage,
        () => ({
          Type: 'HTTP',
          DiscoveryConfig: {
            RcType: 'NACOS',
            NacosConfig: {
              ServerAddress: 'http://nacos.internal.portico.example:8848',
              ServiceName: 'identity-sessions',
              Namespace: stage.toLowerCase(),
              GroupName: 'DEFAULT_GROUP',
              Clusters: 'DEFAULT',
              AuthType: 'USERNAME_PASSWORD',
              UserName: 'apigateway',
              ...SEED_NACOS_SECRETS,
            },
          },
          ServiceTimeout: 3000,
        }),
      ]),
    ),
    drafts: [{ group: 'identity', apis: ['create_session', 'delete_session', 'get_user'], stages: [] }],
    published: [{ group: 'identity', apis: ['create_session', 'delete_session', 'get_user'], stages: ['TEST', 'PRE'] }],
  },
  auditEvents: {
    name: 'portico-audit-events',
    type: 'EVENTBRIDGE',
    description: 'Audit events delivered to EventBridge; only a RELEASE model, no API yet',
    createdTime: '2026-02-22T17:00:00Z',
    modifiedTime: '2026-02-22T17:00:00Z',
    tags: [],
    models: {
      RELEASE: () => ({
        Type: 'EVENTBRIDGE',
        EventBridgeConfig: {
          EventBridgeRegionId: 'cn-hangzhou',
          EventBus: 'portico-audit',
          EventSource: 'portico.apigateway',
          RoleArn: `acs:ram::${SEED_ACCOUNT_ID}:role/aliyunapigatewayaccessingeventbridgerole`,
        },
      }),
    },
    drafts: [],
    published: [],
  },
};

const IP_CONTROL_KEYS = Object.keys(IP_CONTROL_TEMPLATES) as IpControlKey[];
const BACKEND_KEYS = Object.keys(BACKEND_TEMPLATES) as BackendKey[];

const GROUP_KEYS = Object.keys(GROUP_TEMPLATES) as GroupKey[];
const VPC_ACCESS_KEYS = Object.keys(VPC_ACCESS_TEMPLATES) as VpcAccessKey[];

function suffix(replica: number, separator: string): string {
  return replica === 0 ? '' : `${separator}${replica + 1}`;
}

const id = (...parts: (string | number)[]): string => hashHex(`${SALT}:${parts.join(':')}`);

function vpcId(vpc: 'core' | 'data', replica: number): string {
  return `vpc-bp1${hashAlphanumeric(`${SALT}:vpc:${vpc}:${replica}`, 17)}`;
}

function instanceId(template: VpcAccessTemplate, replica: number): string {
  const inst = template.instance;
  if (inst.kind === 'ip') return inst.address;
  const prefix = inst.kind === 'ecs' ? 'i-bp1' : 'lb-bp1';
  return `${prefix}${hashAlphanumeric(`${SALT}:instance:${inst.seed}:${replica}`, 17)}`;
}

export interface SeedGroup extends ApiGroupRecord {
  readonly apiIds: Readonly<Record<string, string>>;
  readonly createdTime: string;
  readonly modifiedTime: string;
  /** Names of the APIs published in each stage, in the group's order. */
  readonly published: Readonly<Record<StageName, readonly string[]>>;
}

export interface SeedVpcAccess {
  readonly vpcAccessId: string;
  readonly name: string;
  readonly vpcId: string;
  readonly instanceId: string;
  readonly port: number;
  readonly description: string;
  readonly vpcTargetHostName?: string;
  readonly createdTime: string;
  readonly tags: readonly { Key: string; Value: string }[];
  /** Published APIs (API × stage) bound to it. */
  readonly boundApiCount: number;
}

const publishedStages = (api: ApiTemplate): readonly StageName[] => api.stages ?? STAGE_NAMES;

function seedGroup(key: GroupKey, replica: number): SeedGroup {
  const t = GROUP_TEMPLATES[key];
  const groupId = id('group', key, replica);
  const stageIds = Object.fromEntries(STAGE_NAMES.map((s) => [s, id('stage', key, replica, s)])) as Record<StageName, string>;
  const apiIds = Object.fromEntries(t.apis.map((a) => [a.name, id('api', key, a.name, replica)]));
  const published = Object.fromEntries(STAGE_NAMES.map((stage) => [stage, t.apis.filter((a) => publishedStages(a).includes(stage)).map((a) => a.name)])) as Record<
    StageName,
    string[]
  >;
  const created = shifted(t.createdTime, replica);
  const modified = shifted(t.modifiedTime, replica);
  return {
    groupId,
    groupName: `${t.name}${suffix(replica, '_')}`,
    stageIds,
    description: t.description,
    subDomain: `${groupId}-${SEED_REGION_ID}.alicloudapi.com`,
    basePath: t.basePath,
    instanceId: t.instance.id,
    instanceType: t.instance.type,
    httpsPolicy: t.httpsPolicy,
    trafficLimit: t.trafficLimit,
    billingStatus: 'NORMAL',
    illegalStatus: 'NORMAL',
    createdAt: created,
    modifiedAt: modified,
    tags: t.tags,
    apiIds,
    createdTime: iso(created),
    modifiedTime: iso(modified),
    published,
  };
}

function groupRecord(g: SeedGroup): ApiGroupRecord {
  return {
    groupId: g.groupId,
    groupName: g.groupName,
    stageIds: g.stageIds,
    description: g.description,
    subDomain: g.subDomain,
    basePath: g.basePath,
    instanceId: g.instanceId,
    instanceType: g.instanceType,
    httpsPolicy: g.httpsPolicy,
    trafficLimit: g.trafficLimit,
    billingStatus: g.billingStatus,
    illegalStatus: g.illegalStatus,
    createdAt: g.createdAt,
    modifiedAt: g.modifiedAt,
    tags: g.tags.map((tag) => ({ ...tag })),
  };
}

function boundCount(template: VpcAccessTemplate): number {
  return template.bindings.reduce((n, b) => n + (b.apis?.length ?? GROUP_TEMPLATES[b.group].apis.length) * b.stages.length, 0);
}

function seedVpcAccess(key: VpcAccessKey, replica: number): SeedVpcAccess {
  const t = VPC_ACCESS_TEMPLATES[key];
  const created = Date.parse(t.createdTime) + replica * 3_600_000;
  const base = {
    vpcAccessId: id('vpc-access', key, replica),
    name: `${t.name}${suffix(replica, '-')}`,
    vpcId: vpcId(t.vpc, replica),
    instanceId: instanceId(t, replica),
    port: t.port,
    description: t.description,
    createdTime: new Date(created).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    tags: t.tags,
    boundApiCount: boundCount(t),
  };
  return t.vpcTargetHostName === undefined ? base : { ...base, vpcTargetHostName: t.vpcTargetHostName };
}

export interface SeedPolicyItem {
  readonly policyItemId: string;
  readonly cidrIp: string;
  /** Empty when the policy restricts no application. */
  readonly appId: string;
  readonly createdTime: string;
  readonly modifiedTime: string;
}

export interface SeedIpControl {
  readonly ipControlId: string;
  readonly name: string;
  readonly type: IpControlType;
  readonly description: string;
  readonly createdTime: string;
  readonly modifiedTime: string;
  readonly policyItems: readonly SeedPolicyItem[];
  /** Published APIs (API × stage) it guards. */
  readonly boundApiCount: number;
}

export interface SeedBackendModel {
  readonly backendModelId: string;
  readonly stageName: StageName;
  readonly config: BackendConfig;
  readonly createdTime: string;
}

export interface SeedBackend {
  readonly backendId: string;
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly createdTime: string;
  readonly modifiedTime: string;
  readonly tags: readonly { Key: string; Value: string }[];
  /** In TEST, PRE, RELEASE order, only the stages that have one. */
  readonly models: readonly SeedBackendModel[];
  readonly modelIds: Partial<Readonly<Record<StageName, string>>>;
  /** Published APIs that use it, per stage (0 when none). */
  readonly publishedApiCount: Readonly<Record<StageName, number>>;
  /** APIs whose draft uses it. */
  readonly draftApiCount: number;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const shifted = (time: string, replica: number): number => Date.parse(time) + replica * 3_600_000;

function apiCount(bindings: readonly BindingTemplate[], stage?: StageName): number {
  return bindings.reduce((n, b) => {
    const stages = stage === undefined ? Math.max(1, b.stages.length) : b.stages.includes(stage) ? 1 : 0;
    return n + (b.apis?.length ?? GROUP_TEMPLATES[b.group].apis.length) * stages;
  }, 0);
}

function seedIpControl(key: IpControlKey, replica: number): SeedIpControl {
  const t = IP_CONTROL_TEMPLATES[key];
  const aclIndex = IP_CONTROL_KEYS.indexOf(key);
  const policyItems = t.items.map((item, i) => {
    const created = shifted(item.createdTime, replica);
    const n = String((aclIndex * 10 + i) % 100).padStart(2, '0');
    return {
      policyItemId: `P${created}${n}`,
      cidrIp: item.cidrIp,
      appId: t.type === 'ALLOW' ? (item.appId ?? '') : '',
      createdTime: iso(created),
      modifiedTime: iso(shifted(item.modifiedTime ?? item.createdTime, replica)),
    };
  });
  const modified = Math.max(shifted(t.createdTime, replica), ...policyItems.map((p) => Date.parse(p.modifiedTime)));
  return {
    ipControlId: id('ip-control', key, replica),
    name: `${t.name}${suffix(replica, '_')}`,
    type: t.type,
    description: t.description,
    createdTime: iso(shifted(t.createdTime, replica)),
    modifiedTime: iso(modified),
    policyItems,
    boundApiCount: apiCount(t.bindings.filter((b) => b.stages.length > 0)),
  };
}

function seedBackend(key: BackendKey, replica: number): SeedBackend {
  const t = BACKEND_TEMPLATES[key];
  const models: SeedBackendModel[] = [];
  STAGE_NAMES.forEach((stageName, i) => {
    const config = t.models[stageName];
    if (!config) return;
    models.push({
      backendModelId: id('backend-model', key, stageName, replica),
      stageName,
      config: config(replica),
      createdTime: iso(shifted(t.createdTime, replica) + (i + 1) * 60_000),
    });
  });
  return {
    backendId: id('backend', key, replica),
    name: `${t.name}${suffix(replica, '-')}`,
    type: t.type,
    description: t.description,
    createdTime: iso(shifted(t.createdTime, replica)),
    modifiedTime: iso(shifted(t.modifiedTime, replica)),
    tags: t.tags,
    models,
    modelIds: Object.fromEntries(models.map((m) => [m.stageName, m.backendModelId])),
    publishedApiCount: Object.fromEntries(STAGE_NAMES.map((s) => [s, apiCount(t.published, s)])) as Record<StageName, number>,
    draftApiCount: apiCount(t.drafts),
  };
}

/** `stage:apiName` of each published API (API × stage) a list of binding templates names. */
function boundPairs(bindings: readonly BindingTemplate[]): Set<string> {
  const out = new Set<string>();
  for (const b of bindings) {
    const names = b.apis ?? GROUP_TEMPLATES[b.group].apis.map((a) => a.name);
    for (const stage of b.stages) for (const name of names) out.add(`${stage}:${name}`);
  }
  return out;
}

/** The published APIs of one replica, per stage, that no binding of the given kind reaches (API names, unique in the seed). */
function publishedWithout(bound: ReadonlySet<string>): Record<StageName, readonly string[]> {
  return Object.fromEntries(
    STAGE_NAMES.map((stage) => [
      stage,
      GROUP_KEYS.flatMap((k) => GROUP_TEMPLATES[k].apis)
        .filter((a) => publishedStages(a).includes(stage) && !bound.has(`${stage}:${a.name}`))
        .map((a) => a.name),
    ]),
  ) as Record<StageName, string[]>;
}

const ACL_BOUND = boundPairs(IP_CONTROL_KEYS.flatMap((k) => IP_CONTROL_TEMPLATES[k].bindings));
const VPC_OR_BACKEND_BOUND = boundPairs([...VPC_ACCESS_KEYS.flatMap((k) => VPC_ACCESS_TEMPLATES[k].bindings), ...BACKEND_KEYS.flatMap((k) => BACKEND_TEMPLATES[k].published)]);

/** Well-known names and ids of the seed (replica 1 of 1), for tests anywhere in the repository. */
export const SEED = {
  accountId: SEED_ACCOUNT_ID,
  regionId: SEED_REGION_ID,
  groups: Object.fromEntries(GROUP_KEYS.map((k) => [k, seedGroup(k, 0)])) as Record<GroupKey, SeedGroup>,
  vpcAccess: Object.fromEntries(VPC_ACCESS_KEYS.map((k) => [k, seedVpcAccess(k, 0)])) as Record<VpcAccessKey, SeedVpcAccess>,
  /** partners (ALLOW, 12 bound), blocklist (REFUSE, 7 bound), sandbox (ALLOW, unbound). */
  ipControls: Object.fromEntries(IP_CONTROL_KEYS.map((k) => [k, seedIpControl(k, 0)])) as Record<IpControlKey, SeedIpControl>,
  /** catalogHttp, identityVpc, imagesOss (no PRE), paymentsFc, ordersMock, identityNacos, auditEvents (RELEASE only). */
  backends: Object.fromEntries(BACKEND_KEYS.map((k) => [k, seedBackend(k, 0)])) as Record<BackendKey, SeedBackend>,
  /** Things a reviewer of the seed should flag. */
  findings: {
    /** The partners ALLOW list's 0.0.0.0/0 policy (no AppId): anyone may call. */
    wideOpenPolicyItemId: seedIpControl('partners', 0).policyItems.find((p) => p.cidrIp === '0.0.0.0/0')?.policyItemId ?? '',
    /** The Nacos credentials stored in identityNacos's models. */
    nacosSecrets: SEED_NACOS_SECRETS,
    /** Published APIs guarded by no ACL, per stage (API names of replica 1; `_N`-suffixed in replica N). */
    unprotected: publishedWithout(ACL_BOUND),
    /** Published APIs that use neither a VPC authorization nor a backend service, per stage. */
    withoutVpcOrBackend: publishedWithout(VPC_OR_BACKEND_BOUND),
  },
  /** Counts per replica (multiply by seedScale). */
  perReplica: {
    groups: GROUP_KEYS.length,
    apis: GROUP_KEYS.reduce((n, k) => n + GROUP_TEMPLATES[k].apis.length, 0),
    /** Published APIs per stage. */
    deployed: Object.fromEntries(
      STAGE_NAMES.map((stage) => [stage, GROUP_KEYS.reduce((n, k) => n + GROUP_TEMPLATES[k].apis.filter((a) => publishedStages(a).includes(stage)).length, 0)]),
    ) as Record<StageName, number>,
    vpcAccesses: VPC_ACCESS_KEYS.length,
    bindings: VPC_ACCESS_KEYS.reduce((n, k) => n + boundCount(VPC_ACCESS_TEMPLATES[k]), 0),
    ipControls: IP_CONTROL_KEYS.length,
    policyItems: IP_CONTROL_KEYS.reduce((n, k) => n + IP_CONTROL_TEMPLATES[k].items.length, 0),
    ipControlBindings: IP_CONTROL_KEYS.reduce((n, k) => n + seedIpControl(k, 0).boundApiCount, 0),
    backends: BACKEND_KEYS.length,
    backendModels: BACKEND_KEYS.reduce((n, k) => n + seedBackend(k, 0).models.length, 0),
  },
} as const;

/** The name of a seeded authorization in a given replica (0-based). */
export function seedVpcAccessName(key: VpcAccessKey, replica = 0): string {
  return `${VPC_ACCESS_TEMPLATES[key].name}${suffix(replica, '-')}`;
}

function seedReplica(state: ApiGatewayRegionState, replica: number): void {
  const groups = new Map<GroupKey, SeedGroup>();
  for (const key of GROUP_KEYS) {
    const g = seedGroup(key, replica);
    groups.set(key, g);
    state.groups.set(g.groupId, groupRecord(g));
    const t = GROUP_TEMPLATES[key];
    for (const [index, a] of t.apis.entries()) {
      const api: ApiRecord = {
        apiId: g.apiIds[a.name] ?? id('api', key, a.name, replica),
        apiName: `${a.name}${suffix(replica, '_')}`,
        groupId: g.groupId,
        method: a.method,
        path: a.path,
        description: a.description,
        visibility: a.visibility ?? 'PUBLIC',
      };
      state.apis.set(api.apiId, api);
      for (const stageName of publishedStages(a)) {
        state.deploy({ apiId: api.apiId, stageName, deployedAt: shifted(t.deployedTime[stageName], replica) + index * 60_000 });
      }
    }
  }
  for (const key of VPC_ACCESS_KEYS) {
    const t = VPC_ACCESS_TEMPLATES[key];
    const s = seedVpcAccess(key, replica);
    const record: VpcAccessRecord = {
      vpcAccessId: s.vpcAccessId,
      name: s.name,
      vpcId: s.vpcId,
      instanceId: s.instanceId,
      port: s.port,
      description: s.description,
      createdAt: Date.parse(s.createdTime),
      tags: s.tags.map((tag) => ({ ...tag })),
    };
    if (s.vpcTargetHostName !== undefined) record.vpcTargetHostName = s.vpcTargetHostName;
    state.addVpcAccess(record);
    for (const b of t.bindings) {
      const g = groups.get(b.group);
      if (!g) continue;
      const names = b.apis ?? GROUP_TEMPLATES[b.group].apis.map((a) => a.name);
      for (const stageName of b.stages) {
        for (const apiName of names) {
          const apiId = g.apiIds[apiName];
          if (apiId === undefined) continue;
          state.bind({ apiId, stageName, vpcAccessName: record.name, vpcId: record.vpcId, instanceId: record.instanceId, port: record.port });
        }
      }
    }
  }
  seedIpControls(state, groups, replica);
  seedBackends(state, groups, replica);
}

function bindingPairs(groups: ReadonlyMap<GroupKey, SeedGroup>, b: BindingTemplate): { apiId: string; stageName: StageName | undefined }[] {
  const g = groups.get(b.group);
  if (!g) return [];
  const names = b.apis ?? GROUP_TEMPLATES[b.group].apis.map((a) => a.name);
  const stages: (StageName | undefined)[] = b.stages.length > 0 ? [...b.stages] : [undefined];
  const out: { apiId: string; stageName: StageName | undefined }[] = [];
  for (const stageName of stages) {
    for (const name of names) {
      const apiId = g.apiIds[name];
      if (apiId !== undefined) out.push({ apiId, stageName });
    }
  }
  return out;
}

function seedIpControls(state: ApiGatewayRegionState, groups: ReadonlyMap<GroupKey, SeedGroup>, replica: number): void {
  for (const key of IP_CONTROL_KEYS) {
    const t = IP_CONTROL_TEMPLATES[key];
    const s = seedIpControl(key, replica);
    state.ipControls.set(s.ipControlId, {
      ipControlId: s.ipControlId,
      name: s.name,
      type: s.type,
      description: s.description,
      createdAt: Date.parse(s.createdTime),
      modifiedAt: Date.parse(s.modifiedTime),
      items: s.policyItems.map((p) => ({
        policyItemId: p.policyItemId,
        cidrIp: p.cidrIp,
        appId: p.appId,
        createdAt: Date.parse(p.createdTime),
        modifiedAt: Date.parse(p.modifiedTime),
      })),
    });
    const boundAt = shifted(t.boundTime, replica);
    for (const b of t.bindings) {
      for (const { apiId, stageName } of bindingPairs(groups, b)) {
        if (stageName) state.bindIpControl(s.ipControlId, { apiId, stageName, boundAt });
      }
    }
  }
}

function seedBackends(state: ApiGatewayRegionState, groups: ReadonlyMap<GroupKey, SeedGroup>, replica: number): void {
  for (const key of BACKEND_KEYS) {
    const t = BACKEND_TEMPLATES[key];
    const s = seedBackend(key, replica);
    const models = new Map<StageName, BackendModelRecord>();
    for (const m of s.models) {
      const at = Date.parse(m.createdTime);
      models.set(m.stageName, {
        backendModelId: m.backendModelId,
        stageName: m.stageName,
        config: structuredClone(m.config),
        description: `${m.stageName} model of ${s.name}`,
        createdAt: at,
        modifiedAt: at,
      });
    }
    state.backends.set(s.backendId, {
      backendId: s.backendId,
      name: s.name,
      type: s.type,
      description: s.description,
      createdAt: Date.parse(s.createdTime),
      modifiedAt: Date.parse(s.modifiedTime),
      tags: s.tags.map((tag) => ({ ...tag })),
      models,
    });
    for (const b of [...t.drafts, ...t.published]) {
      for (const { apiId, stageName } of bindingPairs(groups, b)) {
        state.bindBackend(s.backendId, stageName === undefined ? { apiId } : { apiId, stageName });
      }
    }
  }
}

/** Seeds the emulated account's default region; other accounts and regions start empty. */
export function seedApiGateway(scale: number): RegionSeeder {
  const replicas = Math.max(1, Math.floor(scale));
  return (state) => {
    if (state.accountId !== SEED_ACCOUNT_ID || state.regionId !== SEED_REGION_ID) return;
    for (let r = 0; r < replicas; r++) seedReplica(state, r);
  };
}
