import { isWideBlock } from '@portico/contracts/cidr';
import type { Binding, Finding, InventoryApi, InventoryResource } from '@portico/contracts/bindings';

/** What an auditor should look at, computed from the inventory alone. */
export function computeFindings(apis: InventoryApi[], resources: InventoryResource[], bindings: Binding[]): Finding[] {
  const findings: Finding[] = [];
  const guarded = new Set(bindings.filter((b) => b.resource.startsWith('ip-control:')).map((b) => b.api));
  const boundTo = new Map<string, Set<string>>();
  for (const b of bindings) boundTo.set(b.resource, (boundTo.get(b.resource) ?? new Set()).add(b.api));

  for (const resource of resources) {
    if (resource.kind === 'vpc-authorization' && resource.boundCount === 0) {
      findings.push({
        kind: 'unused-authorization',
        severity: 'info',
        subject: resource.key,
        subjectName: resource.name,
        message: `${resource.name} is bound to no published API; it is safe to remove.`,
        params: { name: resource.name },
      });
    }
    if (resource.kind === 'backend' && resource.boundCount === 0) {
      findings.push({
        kind: 'unused-backend',
        severity: 'info',
        subject: resource.key,
        subjectName: resource.name,
        message: `${resource.name} is used by no published API; it is safe to remove.`,
        params: { name: resource.name },
      });
    }
    if (resource.kind === 'ip-control' && resource.subtype === 'ALLOW') {
      const cidrs = (resource.details?.cidrs as string[] | undefined) ?? [];
      const exposed = [...(boundTo.get(resource.key) ?? [])];
      const release = exposed.filter((key) => key.endsWith('@RELEASE')).length;
      const reach =
        exposed.length === 0 ? 'It guards no published API yet.' : `It guards ${exposed.length} published API${exposed.length === 1 ? '' : 's'}, ${release} in RELEASE.`;
      for (const cidr of cidrs.filter(isWideBlock)) {
        findings.push({
          kind: 'wide-acl-entry',
          severity: 'high',
          subject: resource.key,
          subjectName: resource.name,
          message: `${resource.name} allows ${cidr}, which is close to allowing everyone. ${reach}`,
          exposedApis: exposed.length,
          params: { name: resource.name, cidr, count: exposed.length, release },
        });
      }
    }
    if (resource.kind === 'endpoint-service' && resource.details?.approvalEnabled === false) {
      findings.push({
        kind: 'approval-disabled',
        severity: 'warning',
        subject: resource.key,
        subjectName: resource.name,
        message: `${resource.name} accepts new endpoint connections without approval.`,
        params: { name: resource.name },
      });
    }
  }

  for (const api of apis) {
    if (!guarded.has(api.key)) {
      findings.push({
        kind: 'unprotected-api',
        severity: 'warning',
        subject: api.key,
        subjectName: `${api.groupName}/${api.apiName} (${api.stageName})`,
        message: `${api.apiName} in ${api.groupName} (${api.stageName}) has no IP access control.`,
        params: { name: api.apiName, group: api.groupName, stage: api.stageName },
      });
    }
  }

  findings.push(...sharedServerPorts(resources));
  return findings;
}

/** A server port that several endpoint services expose. */
function sharedServerPorts(resources: InventoryResource[]): Finding[] {
  const byPort = new Map<number, InventoryResource[]>();
  for (const resource of resources.filter((r) => r.kind === 'endpoint-service')) {
    const ports = (resource.details?.serverPorts as number[] | undefined) ?? [];
    for (const port of new Set(ports)) byPort.set(port, [...(byPort.get(port) ?? []), resource]);
  }
  return [...byPort]
    .filter(([, services]) => services.length > 1)
    .map(([port, services]) => [port, services.toSorted((a, b) => a.name.localeCompare(b.name))] as const)
    .map(([port, services]) => ({
      kind: 'port-exposed-by-several' as const,
      severity: 'warning' as const,
      subject: services[0]!.key,
      // The link goes to the first service; the message names them all.
      subjectName: services[0]!.name,
      message: `Server port ${port} is exposed by ${services.length} endpoint services: ${services.map((s) => s.name).join(', ')}.`,
      params: { port, count: services.length, names: services.map((s) => s.name).join(', ') },
    }));
}
