import { apiKeyOf, resourceKeyOf, type Binding, type Finding, type Inventory, type InventoryApi, type InventoryResource } from '@portico/contracts/bindings';

/**
 * A made-up inventory for unit tests. Each replica has two groups (payments, orders) published
 * in TEST and RELEASE with `apisPerGroup` APIs each, and six resources:
 * - `orders-vpc` (VPC authorization) serves every orders API; `legacy-vpc` serves none;
 * - `partners` (ACL, ALLOW, allows 0.0.0.0/0) guards payments in RELEASE only;
 * - `payments-http` (backend) serves every payments API; `spare` (backend) serves none;
 * - `edge-svc` (Huawei endpoint service, 3 connections, no approval).
 * Replica r > 0 suffixes every name and id with `_r`.
 */
export function inventoryFixture({ replicas = 1, apisPerGroup = 5 }: { replicas?: number; apisPerGroup?: number } = {}): Inventory {
  const apis: InventoryApi[] = [];
  const resources: InventoryResource[] = [];
  const bindings: Binding[] = [];
  const findings: Finding[] = [];

  for (let r = 0; r < replicas; r += 1) {
    const s = r === 0 ? '' : `_${r}`;
    const resource = (kind: InventoryResource['kind'], id: string, name: string, extra: Partial<InventoryResource> = {}): InventoryResource => {
      const item: InventoryResource = { key: resourceKeyOf(kind, `${id}${s}`), kind, cloud: 'alibaba', id: `${id}${s}`, name: `${name}${s}`, boundCount: 0, ...extra };
      resources.push(item);
      return item;
    };
    const ordersVpc = resource('vpc-authorization', 'va-orders', 'orders-vpc');
    const legacyVpc = resource('vpc-authorization', 'va-legacy', 'legacy-vpc');
    const partners = resource('ip-control', 'acl-partners', 'partners', { subtype: 'ALLOW', details: { cidrs: ['0.0.0.0/0', '10.0.0.0/8'] } });
    const paymentsHttp = resource('backend', 'be-payments', 'payments-http', { subtype: 'HTTP' });
    const spare = resource('backend', 'be-spare', 'spare', { subtype: 'MOCK' });
    const edge = resource('endpoint-service', 'svc-edge', 'edge-svc', { cloud: 'huawei', boundCount: 3, details: { approvalEnabled: false } });

    for (const group of ['payments', 'orders'] as const) {
      for (const stage of ['TEST', 'RELEASE'] as const) {
        for (let n = 1; n <= apisPerGroup; n += 1) {
          const apiId = `${group}-api-${n}${s}`;
          const api: InventoryApi = {
            key: apiKeyOf({ apiId, stageName: stage }),
            apiId,
            apiName: `${group}_${n}`,
            groupId: `grp-${group}${s}`,
            groupName: `portico_${group}${s}`,
            stageName: stage,
            method: n % 2 ? 'GET' : 'POST',
            path: `/${group}/${n}`,
          };
          apis.push(api);
          const bind = (to: InventoryResource) => {
            bindings.push({ resource: to.key, api: api.key });
            to.boundCount += 1;
          };
          if (group === 'orders') bind(ordersVpc);
          else bind(paymentsHttp);
          if (group === 'payments' && stage === 'RELEASE') bind(partners);
          else
            findings.push({
              kind: 'unprotected-api',
              severity: 'warning',
              subject: api.key,
              subjectName: `${api.groupName}/${api.apiName} (${stage})`,
              message: `${api.apiName} has no IP access control.`,
            });
        }
      }
    }
    findings.push(
      { kind: 'unused-authorization', severity: 'info', subject: legacyVpc.key, subjectName: legacyVpc.name, message: `${legacyVpc.name} is bound to no published API.` },
      { kind: 'unused-backend', severity: 'info', subject: spare.key, subjectName: spare.name, message: `${spare.name} is used by no published API.` },
      { kind: 'wide-acl-entry', severity: 'high', subject: partners.key, subjectName: partners.name, message: `${partners.name} allows 0.0.0.0/0.` },
      { kind: 'approval-disabled', severity: 'warning', subject: edge.key, subjectName: edge.name, message: `${edge.name} accepts connections without approval.` },
    );
  }

  return { profile: 'alibaba-test', asOf: '2026-03-16T10:04:00.000Z', durationMs: 1234, cloudCalls: 42, apis, resources, bindings, findings, gaps: [] };
}
