import { hashHex } from '../core/ids.ts';
import type { ConnectionStatus, ServerType, ServiceStatus, TcpProxy } from '../services/vpcep/api.ts';
import type { ConnectionRecord, EndpointServiceRecord, VpcepProjectState } from '../services/vpcep/store.ts';
import { type HuaweiProjectSeed, SeedFileError } from './seed-document.ts';

const SEEDED_AT = Date.parse('2026-06-01T08:00:00Z');
const MINUTE = 60_000;
/** Connections come from a consumer account of their own, as the cloud's do. */
const CONSUMER_DOMAIN = hashHex('portico-cloud-emulator/seed-document/consumer', 32);

function uuid(seed: string): string {
  const h = hashHex(`portico-cloud-emulator/seed-document/${seed}`, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type ServiceSeed = HuaweiProjectSeed['services'][number];

/** Two services on one port_id may not expose the same server_port + protocol (EndPoint.3044). */
function checkSharedPorts(services: readonly { portId: string; seed: ServiceSeed }[], where: string): void {
  const used = new Map<string, string>();
  for (const { portId, seed } of services) {
    for (const p of seed.ports) {
      const key = `${portId}/${p.server_port}/${p.protocol}`;
      const other = used.get(key);
      if (other !== undefined && other !== seed.name) throw new SeedFileError(`${where}: ${seed.name} and ${other} share a port_id and server_port ${p.server_port}`);
      used.set(key, seed.name);
    }
  }
}

function record(seed: ServiceSeed, id: string, portId: string, at: number): EndpointServiceRecord {
  return {
    id,
    serviceName: seed.name,
    serverType: seed.serverType as ServerType,
    vpcId: uuid(`vpc/${id}`),
    poolId: uuid(`pool/${id}`),
    portId,
    vipPortId: seed.serverType === 'VIP' ? uuid(`vip-port/${id}`) : undefined,
    approvalEnabled: seed.approvalEnabled,
    status: seed.status as ServiceStatus,
    serviceType: 'interface',
    cidrType: 'internal',
    createdAt: at,
    updatedAt: at,
    ports: seed.ports.map((p) => ({ ...p })),
    tcpProxy: seed.tcpProxy as TcpProxy,
    tags: seed.tags,
    description: seed.description,
    error: seed.status === 'failed' ? [{ error_code: 'EndPoint.3008', error_message: 'The port does not exist.' }] : undefined,
  };
}

/** Fills a project from a hand-written seed; throws SeedFileError when it does not hold together. */
export function applyVpcepSeed(state: VpcepProjectState, seed: HuaweiProjectSeed, where: string): void {
  const salt = `${state.domainId}/${state.projectId}`;
  const names = new Set(seed.services.map((s) => s.name));
  if (names.size !== seed.services.length) throw new SeedFileError(`${where}.services: a name is used twice (ids are derived from names)`);
  const services = seed.services.map((s) => ({ seed: s, id: uuid(`${salt}/service/${s.name}`), portId: s.portId ?? uuid(`${salt}/port/${s.name}`) }));
  checkSharedPorts(services, `${where}.services`);
  let clock = SEEDED_AT;
  let marker = 33_554_432;
  for (const { seed: s, id, portId } of services) {
    clock += MINUTE;
    const connections = s.connections.map((c, i): ConnectionRecord => {
      const at = clock + (i + 1) * 1000;
      return {
        id: uuid(`${salt}/endpoint/${s.name}/${i}`),
        markerId: marker++,
        createdAt: at,
        updatedAt: at,
        domainId: CONSUMER_DOMAIN,
        status: c.status as ConnectionStatus,
        description: c.description,
      };
    });
    state.addService(record(s, id, portId, clock), connections);
  }
}
