import type { ConnectionStatus, PortList, QueryError, ServerType, ServiceStatus, TagList, TcpProxy } from './api.ts';

/** A VPC endpoint service as the emulator keeps it (times in epoch milliseconds). */
export interface EndpointServiceRecord {
  readonly id: string;
  serviceName: string;
  readonly serverType: ServerType;
  readonly vpcId: string;
  readonly poolId: string;
  portId: string;
  /** Only VIP services have one. */
  vipPortId: string | undefined;
  approvalEnabled: boolean;
  readonly status: ServiceStatus;
  readonly serviceType: 'interface';
  readonly cidrType: 'internal' | 'public';
  readonly createdAt: number;
  updatedAt: number;
  ports: PortList[];
  tcpProxy: TcpProxy;
  readonly tags: readonly TagList[];
  description: string;
  /** For a failed service: why. */
  readonly error: readonly QueryError[] | undefined;
}

/** A VPC endpoint connected to a service. */
export interface ConnectionRecord {
  /** The VPC endpoint's id. */
  readonly id: string;
  readonly markerId: number;
  readonly createdAt: number;
  updatedAt: number;
  /** The account the endpoint belongs to. */
  readonly domainId: string;
  status: ConnectionStatus;
  readonly description: string | undefined;
}

/** A whitelist record of a service: who may connect (`iam:domain::<domain id>`, or `iam:domain::*` for anyone). */
export interface PermissionRecord {
  readonly id: string;
  readonly permission: string;
  readonly permissionType: 'domainId';
  readonly createdAt: number;
}

/** All VPCEP state of one project (a project is one account in one region). */
export class VpcepProjectState {
  /** In creation order. */
  readonly services = new Map<string, EndpointServiceRecord>();
  readonly connectionsByService = new Map<string, ConnectionRecord[]>();
  /** Whitelist records per service, in the order added (the owner's own account is allowed without one). */
  readonly permissionsByService = new Map<string, PermissionRecord[]>();

  constructor(
    readonly domainId: string,
    readonly projectId: string,
  ) {}

  addService(record: EndpointServiceRecord, connections: readonly ConnectionRecord[] = []): void {
    this.services.set(record.id, record);
    this.connectionsByService.set(record.id, [...connections]);
  }

  permissionsOf(serviceId: string): PermissionRecord[] {
    let list = this.permissionsByService.get(serviceId);
    if (!list) {
      list = [];
      this.permissionsByService.set(serviceId, list);
    }
    return list;
  }

  connectionsOf(serviceId: string): readonly ConnectionRecord[] {
    return this.connectionsByService.get(serviceId) ?? [];
  }

  /** The other services whose backend is the same port_id. */
  servicesOnPort(portId: string, except: string): EndpointServiceRecord[] {
    return [...this.services.values()].filter((s) => s.id !== except && s.portId === portId);
  }
}

/** Fills a new project's state (the seed), or leaves it empty. */
export type ProjectSeeder = (state: VpcepProjectState) => void;

/** VPCEP state, declared in one place and keyed by account (domain) and project. */
export class VpcepStore {
  private accounts = new Map<string, Map<string, VpcepProjectState>>();

  constructor(private readonly seeder: ProjectSeeder) {}

  project(domainId: string, projectId: string): VpcepProjectState {
    let projects = this.accounts.get(domainId);
    if (!projects) {
      projects = new Map();
      this.accounts.set(domainId, projects);
    }
    let state = projects.get(projectId);
    if (!state) {
      state = new VpcepProjectState(domainId, projectId);
      this.seeder(state);
      projects.set(projectId, state);
    }
    return state;
  }

  /** Back to the seed: every project is rebuilt on its next use. */
  reset(): void {
    this.accounts = new Map();
  }

  /** Every project used so far (the others are still their seed). */
  projects(): VpcepProjectState[] {
    return [...this.accounts.values()].flatMap((projects) => [...projects.values()]);
  }

  /** Swaps in restored projects at once; projects not given start from the seed again. */
  replaceAll(states: readonly VpcepProjectState[]): void {
    const accounts = new Map<string, Map<string, VpcepProjectState>>();
    for (const state of states) {
      const projects = accounts.get(state.domainId) ?? new Map<string, VpcepProjectState>();
      projects.set(state.projectId, state);
      accounts.set(state.domainId, projects);
    }
    this.accounts = accounts;
  }
}
