import { hashHex } from '../../core/ids.ts';
import type { ConnectionStatus, PortList, QueryError, ServerType, ServiceStatus, TagList, TcpProxy } from './api.ts';
import type { ConnectionRecord, EndpointServiceRecord, ProjectSeeder } from './store.ts';

/**
 * The seeded VPCEP state of a project: six interface services of the three
 * backend types (VM, VIP, LB): `core` (LB, 40 port mappings, 12 connections in
 * every state) and `orders` (LB) share one port_id, so their server_port +
 * protocol pairs must stay distinct; `billing` (VM, no approval), `ledger`
 * (VIP, with a vip_port_id), `search` (still creating; exposes server port 9090
 * as billing does) and `legacy` (failed).
 * Every id is a UUID derived from a hash of a seed string, the same on every
 * start. `seedScale` = N adds N-1 replicas (names suffixed `-2`, `-3`, …).
 */
const SALT = 'portico-cloud-emulator/vpcep/v1';

/** A UUID (version 4 layout) derived from a seed string. */
export function seedUuid(seed: string): string {
  const h = hashHex(`${SALT}/${seed}`, 32);
  const variant = '89ab'[Number.parseInt(h[16] ?? '0', 16) % 4] ?? '8';
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The account (domain) that owns the configured keys, tokens and project. */
export const SEED_HUAWEI_DOMAIN_ID = hashHex(`${SALT}/domain/portico`, 32);

type ServiceKey = 'core' | 'orders' | 'billing' | 'ledger' | 'search' | 'legacy';
type ConsumerKey = 'partner' | 'analytics' | 'retail';
type PortKey = 'lb-shared' | 'vm-billing' | 'vip-ledger' | 'vm-search' | 'vm-legacy';

const CONSUMER_DOMAINS: Record<ConsumerKey, string> = {
  partner: hashHex(`${SALT}/domain/partner`, 32),
  analytics: hashHex(`${SALT}/domain/analytics`, 32),
  retail: hashHex(`${SALT}/domain/retail`, 32),
};

interface ConnectionTemplate {
  readonly status: ConnectionStatus;
  readonly consumer: ConsumerKey;
  readonly createdAt: string;
  readonly description?: string;
}

interface ServiceTemplate {
  readonly name: string;
  readonly serverType: ServerType;
  readonly portKey: PortKey;
  readonly vpc: 'core' | 'data';
  readonly approvalEnabled: boolean;
  readonly status: ServiceStatus;
  readonly tcpProxy: TcpProxy;
  readonly description: string;
  readonly tags: readonly TagList[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly ports: readonly PortList[];
  readonly connections: readonly ConnectionTemplate[];
  /** First marker_id offset of its connections. */
  readonly markerBase: number;
  readonly error?: readonly QueryError[];
}

const tcp = (client: number, server: number): PortList => ({ client_port: client, server_port: server, protocol: 'TCP' });

const CORE_CONNECTION_STATUSES: readonly ConnectionStatus[] = [
  'accepted',
  'accepted',
  'pendingAcceptance',
  'accepted',
  'rejected',
  'creating',
  'accepted',
  'pendingAcceptance',
  'failed',
  'accepted',
  'rejected',
  'pendingAcceptance',
];
const CONSUMERS: readonly ConsumerKey[] = ['partner', 'analytics', 'retail'];

const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Names are at most 12 characters so that replica suffixes up to `-999` keep them within the 16 allowed. */
const SERVICE_TEMPLATES: Record<ServiceKey, ServiceTemplate> = {
  core: {
    name: 'core-gateway',
    serverType: 'LB',
    portKey: 'lb-shared',
    vpc: 'core',
    approvalEnabled: true,
    status: 'available',
    tcpProxy: 'proxy_open',
    description: 'Core API gateway behind the shared load balancer',
    tags: [
      { key: 'team', value: 'platform' },
      { key: 'env', value: 'production' },
    ],
    createdAt: '2026-01-06T08:00:00Z',
    updatedAt: '2026-02-10T14:30:00Z',
    ports: Array.from({ length: 40 }, (_, i) => tcp(9001 + i, 19001 + i)),
    connections: CORE_CONNECTION_STATUSES.map((status, i) => ({
      status,
      consumer: CONSUMERS[i % CONSUMERS.length] ?? 'partner',
      createdAt: hoursAfter('2026-01-10T09:00:00Z', i * 6),
      ...(i % 3 === 0 ? { description: `Consumer endpoint ${i + 1}` } : {}),
    })),
    markerBase: 0,
  },
  orders: {
    name: 'orders-lb',
    serverType: 'LB',
    portKey: 'lb-shared',
    vpc: 'core',
    approvalEnabled: true,
    status: 'available',
    tcpProxy: 'close',
    description: 'Orders API on the same load balancer as core-gateway',
    tags: [{ key: 'team', value: 'orders' }],
    createdAt: '2026-01-09T10:30:00Z',
    updatedAt: '2026-01-09T10:30:00Z',
    ports: [tcp(443, 8443), tcp(80, 8080)],
    connections: [{ status: 'accepted', consumer: 'retail', createdAt: '2026-01-12T07:15:00Z' }],
    markerBase: 16,
  },
  billing: {
    name: 'billing-vm',
    serverType: 'VM',
    portKey: 'vm-billing',
    vpc: 'core',
    approvalEnabled: false,
    status: 'available',
    tcpProxy: 'close',
    description: 'Billing service on an ECS',
    tags: [{ key: 'team', value: 'payments' }],
    createdAt: '2026-01-15T06:45:00Z',
    updatedAt: '2026-01-20T11:00:00Z',
    ports: [tcp(8080, 80), tcp(8443, 443), tcp(9090, 9090)],
    connections: [
      { status: 'accepted', consumer: 'partner', createdAt: '2026-01-16T08:00:00Z', description: 'Partner billing sync' },
      { status: 'accepted', consumer: 'analytics', createdAt: '2026-01-18T13:20:00Z' },
    ],
    markerBase: 20,
  },
  ledger: {
    name: 'ledger-vip',
    serverType: 'VIP',
    portKey: 'vip-ledger',
    vpc: 'data',
    approvalEnabled: true,
    status: 'available',
    tcpProxy: 'toa_open',
    description: 'Ledger database reached through a virtual IP',
    tags: [{ key: 'env', value: 'production' }],
    createdAt: '2026-01-22T03:10:00Z',
    updatedAt: '2026-01-22T03:10:00Z',
    ports: [tcp(5432, 5432)],
    connections: [
      { status: 'pendingAcceptance', consumer: 'analytics', createdAt: '2026-02-01T09:30:00Z', description: 'Read replica access' },
      { status: 'rejected', consumer: 'retail', createdAt: '2026-02-02T16:45:00Z' },
    ],
    markerBase: 24,
  },
  search: {
    name: 'search-new',
    serverType: 'VM',
    portKey: 'vm-search',
    vpc: 'core',
    approvalEnabled: true,
    status: 'creating',
    tcpProxy: 'close',
    description: 'Search service, still being created',
    tags: [],
    createdAt: '2026-02-25T12:00:00Z',
    updatedAt: '2026-02-25T12:00:00Z',
    // Server port 9090 again, as billing exposes it (another port_id): the bindings audit's
    // "port exposed by several services" finding has something to show.
    ports: [tcp(9200, 9200), tcp(9090, 9090)],
    connections: [],
    markerBase: 28,
  },
  legacy: {
    name: 'legacy-etl',
    serverType: 'VM',
    portKey: 'vm-legacy',
    vpc: 'data',
    approvalEnabled: false,
    status: 'failed',
    tcpProxy: 'close',
    description: 'Legacy ETL host whose service could not be created',
    tags: [{ key: 'env', value: 'legacy' }],
    createdAt: '2025-11-03T05:00:00Z',
    updatedAt: '2025-11-03T05:02:00Z',
    ports: [tcp(2049, 2049)],
    connections: [],
    markerBase: 30,
    error: [{ error_code: 'EndPoint.3008', error_message: 'The port does not exist.' }],
  },
};

const SERVICE_KEYS = Object.keys(SERVICE_TEMPLATES) as ServiceKey[];
const MARKER_BASE = 16_777_216;
const MARKERS_PER_REPLICA = 64;

const suffix = (replica: number) => (replica === 1 ? '' : `-${replica}`);

/** The stable facts of a seeded service, for tests and other packages. */
export interface SeededService {
  readonly key: ServiceKey;
  readonly id: string;
  readonly name: string;
  readonly serverType: ServerType;
  readonly status: ServiceStatus;
  readonly portId: string;
  readonly vipPortId: string | undefined;
  readonly vpcId: string;
  readonly ports: readonly PortList[];
  readonly connectionIds: readonly string[];
  readonly markerIds: readonly number[];
}

export function seededService(key: ServiceKey, replica = 1): SeededService {
  const t = SERVICE_TEMPLATES[key];
  const r = replica === 1 ? '' : `/r${replica}`;
  return {
    key,
    id: seedUuid(`service/${key}${r}`),
    name: `${t.name}${suffix(replica)}`,
    serverType: t.serverType,
    status: t.status,
    portId: seedUuid(`port/${t.portKey}${r}`),
    vipPortId: t.serverType === 'VIP' ? seedUuid(`vip-port/${key}${r}`) : undefined,
    vpcId: seedUuid(`vpc/${t.vpc}${r}`),
    ports: t.ports,
    connectionIds: t.connections.map((_, i) => seedUuid(`endpoint/${key}/${i}${r}`)),
    markerIds: t.connections.map((_, i) => MARKER_BASE + (replica - 1) * MARKERS_PER_REPLICA + t.markerBase + i),
  };
}

function buildService(key: ServiceKey, replica: number): { record: EndpointServiceRecord; connections: ConnectionRecord[] } {
  const t = SERVICE_TEMPLATES[key];
  const s = seededService(key, replica);
  // Replicas are a second younger each, so every list order is deterministic.
  const shift = (replica - 1) * 1000;
  const record: EndpointServiceRecord = {
    id: s.id,
    serviceName: s.name,
    serverType: t.serverType,
    vpcId: s.vpcId,
    poolId: seedUuid(`pool/${t.vpc}`),
    portId: s.portId,
    vipPortId: s.vipPortId,
    approvalEnabled: t.approvalEnabled,
    status: t.status,
    serviceType: 'interface',
    cidrType: 'internal',
    createdAt: Date.parse(t.createdAt) + shift,
    updatedAt: Date.parse(t.updatedAt) + shift,
    ports: t.ports.map((p) => ({ ...p })),
    tcpProxy: t.tcpProxy,
    tags: t.tags,
    description: t.description,
    error: t.error,
  };
  const connections = t.connections.map((c, i): ConnectionRecord => {
    const createdAt = Date.parse(c.createdAt) + shift;
    return {
      id: s.connectionIds[i] ?? seedUuid(`endpoint/${key}/${i}`),
      markerId: s.markerIds[i] ?? MARKER_BASE,
      createdAt,
      updatedAt: createdAt + (c.status === 'pendingAcceptance' || c.status === 'creating' ? 2_000 : 90_000),
      domainId: CONSUMER_DOMAINS[c.consumer],
      status: c.status,
      description: c.description,
    };
  });
  return { record, connections };
}

/** The seeder for a project: `scale` replicas of the six services and their connections. */
export function seedVpcep(scale: number): ProjectSeeder {
  return (state) => {
    for (let replica = 1; replica <= scale; replica++) {
      for (const key of SERVICE_KEYS) {
        const { record, connections } = buildService(key, replica);
        state.addService(record, connections);
      }
    }
  };
}

const countConnections = (keys: readonly ServiceKey[]) => keys.reduce((n, k) => n + SERVICE_TEMPLATES[k].connections.length, 0);

/** Well-known seeded names and ids (replica 1). */
export const SEED_VPCEP = {
  domainId: SEED_HUAWEI_DOMAIN_ID,
  consumerDomainIds: CONSUMER_DOMAINS,
  /** The port_id `core` and `orders` share. */
  sharedPortId: seedUuid('port/lb-shared'),
  services: {
    core: seededService('core'),
    orders: seededService('orders'),
    billing: seededService('billing'),
    ledger: seededService('ledger'),
    search: seededService('search'),
    legacy: seededService('legacy'),
  },
  perReplica: { services: SERVICE_KEYS.length, connections: countConnections(SERVICE_KEYS) },
} as const;
