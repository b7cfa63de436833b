import { resourceKeyOf, type InventoryResource, type ResourceKind } from '@portico/contracts/bindings';
import { StageName } from '@portico/contracts/published-apis';
import type { Backend } from '@portico/contracts/backend-models';
import type { EndpointService } from '@portico/contracts/endpoint-services';
import type { IpControl, PolicyItem } from '@portico/contracts/ip-controls';
import type { VpcAuthorization } from '@portico/contracts/vpc-authorizations';
import * as acl from '../../clouds/alibaba/ip-controls.ts';
import * as backends from '../../clouds/alibaba/backends.ts';
import * as vpcAccess from '../../clouds/alibaba/vpc-access.ts';
import * as vpcep from '../../clouds/huawei/endpoint-services.ts';
import type { CloudClients } from '../../clouds/cloud-clients.ts';
import { AppError } from '../../errors.ts';

/** A published API as a binding names it. */
export interface BoundApi {
  apiId: string;
  stageName: string;
}

/** One resource read on its own, with the APIs bound to it. */
export interface ReadResource {
  resource: InventoryResource;
  apis: BoundApi[];
}

/** Which resource a change touched: by id, or by name where the cloud keys it by name (VPC authorizations). */
export interface ResourceRefInput {
  kind: ResourceKind;
  id?: string | undefined;
  name?: string | undefined;
}

// One shape per kind, used by the full build and by the single reads after a console change.

export const vpcAuthorizationResource = (auth: VpcAuthorization, bound: number): InventoryResource => ({
  key: resourceKeyOf('vpc-authorization', auth.id),
  kind: 'vpc-authorization',
  cloud: 'alibaba',
  id: auth.id,
  name: auth.name,
  boundCount: bound,
  details: { vpcId: auth.vpcId, instanceId: auth.instanceId, port: auth.port },
});

export const ipControlResource = (control: IpControl, items: PolicyItem[], bound: number): InventoryResource => ({
  key: resourceKeyOf('ip-control', control.id),
  kind: 'ip-control',
  cloud: 'alibaba',
  id: control.id,
  name: control.name,
  subtype: control.type,
  boundCount: bound,
  // Each entry with its policy item, so that a search for an address lands on the entry.
  details: {
    cidrs: items.flatMap((item) => item.cidrs),
    policyItems: items.length,
    entries: items.map((item) => ({ id: item.id, cidrs: item.cidrs, ...(item.appId ? { appId: item.appId } : {}) })),
  },
});

export const backendResource = (backend: Pick<Backend, 'id' | 'name' | 'type'>, bound: number): InventoryResource => ({
  key: resourceKeyOf('backend', backend.id),
  kind: 'backend',
  cloud: 'alibaba',
  id: backend.id,
  name: backend.name,
  subtype: backend.type,
  boundCount: bound,
});

export const endpointServiceResource = (service: EndpointService, connections: Awaited<ReturnType<typeof vpcep.listConnections>>): InventoryResource => ({
  key: resourceKeyOf('endpoint-service', service.id),
  kind: 'endpoint-service',
  cloud: 'huawei',
  id: service.id,
  name: service.serviceName || service.id,
  subtype: service.serverType,
  boundCount: connections.total,
  details: {
    approvalEnabled: service.approvalEnabled,
    serverPorts: service.ports.map((p) => p.serverPort),
    portId: service.portId,
    connections: connections.items.map((c) => ({ id: c.id, status: c.status })),
  },
});

/**
 * Reads one resource and what is bound to it, with the same calls the full build makes for it
 * (a handful, not a crawl). Undefined when it no longer exists.
 */
export async function readResource(clouds: CloudClients, profile: string | undefined, ref: ResourceRefInput): Promise<ReadResource | undefined> {
  switch (ref.kind) {
    case 'vpc-authorization': {
      const gw = clouds.alibabaPatient(profile);
      if (!ref.name) return undefined;
      const auth = await vpcAccess.findVpcAuthorization(gw, ref.name);
      if (!auth) return undefined;
      const apis = await vpcAccess.listBoundApis(gw, auth.name);
      return { resource: vpcAuthorizationResource(auth, apis.length), apis };
    }
    case 'ip-control': {
      const gw = clouds.alibabaPatient(profile);
      if (!ref.id) return undefined;
      const control = await acl.findIpControl(gw, ref.id);
      if (!control) return undefined;
      const [apis, items] = await Promise.all([acl.listApisByIpControl(gw, control.id), acl.listPolicyItems(gw, control.id)]);
      return { resource: ipControlResource(control, items, apis.length), apis };
    }
    case 'backend': {
      const gw = clouds.alibabaPatient(profile);
      if (!ref.id) return undefined;
      const found = await backends.getBackend(gw, ref.id);
      if (!found) return undefined;
      const apis = (await Promise.all(StageName.options.map((stage) => backends.listApisByBackend(gw, found.backend.id, stage)))).flat();
      return { resource: backendResource(found.backend, apis.length), apis };
    }
    case 'endpoint-service': {
      if (!ref.id || !clouds.profiles.find('huawei')) return undefined;
      const gw = clouds.huawei();
      try {
        const service = await vpcep.getEndpointService(gw, ref.id);
        return { resource: endpointServiceResource(service, await vpcep.listConnections(gw, service.id)), apis: [] };
      } catch (error) {
        if (error instanceof AppError && error.status === 404) return undefined;
        throw error;
      }
    }
  }
}
