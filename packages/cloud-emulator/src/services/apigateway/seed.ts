import { hashAlphanumeric, hashHex } from '../../core/ids.ts';
import {
  type ApiGatewayRegionState,
  type ApiGroupRecord,
  type ApiRecord,
  type RegionSeeder,
  STAGE_NAMES,
  type StageName,
  type VpcAccessRecord,
} from './store.ts';

/**
 * The seeded state: API groups with their TEST/PRE/RELEASE stages, published
 * APIs, and VPC authorizations: one bound to 24 published APIs across two groups
 * and two stages (busy), one bound to three (quiet), one bound to two through an
 * IP address (direct), and one bound to none (idle). Every id is derived from a
 * hash of a seed string, so it is the same on every start. `seedScale` = N adds
 * N-1 replicas of all of it (names suffixed `-2`, `_2`, …).
 */
const SALT = 'portico-cloud-emulator/apigateway/v1';

export const SEED_ACCOUNT_ID = '1528465301829367';
export const SEED_REGION_ID = 'cn-hangzhou';

type GroupKey = 'payments' | 'orders' | 'identity' | 'catalog';
type VpcAccessKey = 'busy' | 'quiet' | 'direct' | 'idle';

interface ApiTemplate {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly description: string;
}

const GROUP_TEMPLATES: Record<GroupKey, { name: string; apis: readonly ApiTemplate[] }> = {
  payments: {
    name: 'portico_payments',
    apis: [
      { name: 'create_charge', method: 'POST', path: '/v1/charges', description: 'Creates a charge against a payment method.' },
      { name: 'get_charge', method: 'GET', path: '/v1/charges/[chargeId]', description: 'Returns one charge.' },
      { name: 'list_charges', method: 'GET', path: '/v1/charges', description: 'Lists charges, newest first.' },
      { name: 'refund_charge', method: 'POST', path: '/v1/charges/[chargeId]/refunds', description: 'Refunds a charge in full or in part.' },
      { name: 'create_payout', method: 'POST', path: '/v1/payouts', description: 'Sends funds to a bank account.' },
      { name: 'get_balance', method: 'GET', path: '/v1/balance', description: 'Returns the available and pending balance.' },
    ],
  },
  orders: {
    name: 'portico_orders',
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
    apis: [
      { name: 'create_session', method: 'POST', path: '/v1/sessions', description: 'Signs a user in.' },
      { name: 'delete_session', method: 'DELETE', path: '/v1/sessions/current', description: 'Signs the current user out.' },
      { name: 'get_user', method: 'GET', path: '/v1/users/[userId]', description: 'Returns a user profile.' },
      { name: 'update_user', method: 'PUT', path: '/v1/users/[userId]', description: 'Updates a user profile.' },
      { name: 'reset_password', method: 'POST', path: '/v1/users/[userId]/password-reset', description: 'Starts a password reset.' },
      { name: 'list_roles', method: 'GET', path: '/v1/roles', description: 'Lists roles.' },
    ],
  },
  catalog: {
    name: 'portico_catalog',
    apis: [
      { name: 'list_products', method: 'GET', path: '/v1/products', description: 'Lists products.' },
      { name: 'get_product', method: 'GET', path: '/v1/products/[productId]', description: 'Returns one product.' },
      { name: 'search_products', method: 'GET', path: '/v1/products/search', description: 'Full-text product search.' },
      { name: 'list_categories', method: 'GET', path: '/v1/categories', description: 'Lists categories.' },
      { name: 'get_inventory', method: 'GET', path: '/v1/products/[productId]/inventory', description: 'Returns stock levels.' },
      { name: 'update_price', method: 'PUT', path: '/v1/products/[productId]/price', description: 'Changes a list price.' },
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

function seedGroup(key: GroupKey, replica: number): SeedGroup {
  const groupId = id('group', key, replica);
  const stageIds = Object.fromEntries(STAGE_NAMES.map((s) => [s, id('stage', key, replica, s)])) as Record<StageName, string>;
  const apiIds = Object.fromEntries(GROUP_TEMPLATES[key].apis.map((a) => [a.name, id('api', key, a.name, replica)]));
  return { groupId, groupName: `${GROUP_TEMPLATES[key].name}${suffix(replica, '_')}`, stageIds, apiIds };
}

function boundCount(template: VpcAccessTemplate): number {
  return template.bindings.reduce(
    (n, b) => n + (b.apis?.length ?? GROUP_TEMPLATES[b.group].apis.length) * b.stages.length,
    0,
  );
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

/** Well-known names and ids of the seed (replica 1 of 1), for tests anywhere in the repository. */
export const SEED = {
  accountId: SEED_ACCOUNT_ID,
  regionId: SEED_REGION_ID,
  groups: Object.fromEntries(GROUP_KEYS.map((k) => [k, seedGroup(k, 0)])) as Record<GroupKey, SeedGroup>,
  vpcAccess: Object.fromEntries(VPC_ACCESS_KEYS.map((k) => [k, seedVpcAccess(k, 0)])) as Record<VpcAccessKey, SeedVpcAccess>,
  /** Counts per replica (multiply by seedScale). */
  perReplica: {
    groups: GROUP_KEYS.length,
    apis: GROUP_KEYS.reduce((n, k) => n + GROUP_TEMPLATES[k].apis.length, 0),
    vpcAccesses: VPC_ACCESS_KEYS.length,
    bindings: VPC_ACCESS_KEYS.reduce((n, k) => n + boundCount(VPC_ACCESS_TEMPLATES[k]), 0),
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
    state.groups.set(g.groupId, { groupId: g.groupId, groupName: g.groupName, stageIds: g.stageIds });
    for (const a of GROUP_TEMPLATES[key].apis) {
      const api: ApiRecord = {
        apiId: g.apiIds[a.name] ?? id('api', key, a.name, replica),
        apiName: `${a.name}${suffix(replica, '_')}`,
        groupId: g.groupId,
        method: a.method,
        path: a.path,
        description: a.description,
      };
      state.apis.set(api.apiId, api);
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
}

/** Seeds the emulated account's default region; other accounts and regions start empty. */
export function seedApiGateway(scale: number): RegionSeeder {
  const replicas = Math.max(1, Math.floor(scale));
  return (state) => {
    if (state.accountId !== SEED_ACCOUNT_ID || state.regionId !== SEED_REGION_ID) return;
    for (let r = 0; r < replicas; r++) seedReplica(state, r);
  };
}
