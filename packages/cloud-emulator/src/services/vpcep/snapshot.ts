import { type ConnectionRecord, type EndpointServiceRecord, type PermissionRecord, VpcepProjectState } from './store.ts';

/** One project's VPCEP state as plain JSON, for the state file and snapshots. */
export interface VpcepProjectJson {
  domainId: string;
  projectId: string;
  /** In creation order, each with its connections. */
  services: { service: EndpointServiceRecord; connections: ConnectionRecord[]; permissions?: PermissionRecord[] }[];
}

export function vpcepProjectToJson(state: VpcepProjectState): VpcepProjectJson {
  const services = [...state.services.values()].map((service) => ({
    service: structuredClone(service),
    connections: structuredClone([...state.connectionsOf(service.id)]),
    permissions: structuredClone(state.permissionsByService.get(service.id) ?? []),
  }));
  return { domainId: state.domainId, projectId: state.projectId, services };
}

export function vpcepProjectFromJson(json: VpcepProjectJson): VpcepProjectState {
  const state = new VpcepProjectState(json.domainId, json.projectId);
  for (const { service, connections, permissions } of structuredClone(json.services)) {
    state.addService(service, connections);
    if (permissions && permissions.length > 0) state.permissionsByService.set(service.id, permissions);
  }
  return state;
}
