import { ErrorCode } from '@portico/contracts/errors';
import type { ApiChain, ApiStageChain, InventoryResource } from '@portico/contracts/bindings';
import { StageName } from '@portico/contracts/published-apis';
import { AppError } from '../../errors.ts';
import type { InventoryIndex } from './inventory-index.ts';

const ports = (resource: InventoryResource): number[] => {
  const value = resource.details?.serverPorts;
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
};

/** One API's chain in every stage it is published in (the key names one stage; the others follow). */
export function apiChain(index: InventoryIndex, key: string): ApiChain {
  const [apiId = '', stage = ''] = key.split('@');
  const first = index.apiByKey.get(`${apiId}@${stage.toUpperCase()}`);
  if (!first) throw new AppError(ErrorCode.notFound, `No published API ${key} in the inventory of ${index.inventory.asOf}: refresh if it was published since.`, 404);
  const services = index.inventory.resources.filter((r) => r.kind === 'endpoint-service');
  const stages: ApiStageChain[] = StageName.options.flatMap((stage) => {
    const api = index.apiByKey.get(`${apiId}@${stage}`);
    if (!api) return [];
    const resources = (index.resourcesByApi.get(api.key) ?? []).flatMap((k) => {
      const r = index.resourceByKey.get(k);
      return r ? [r] : [];
    });
    const of = (kind: InventoryResource['kind']) => resources.filter((r) => r.kind === kind);
    const vpcAuthorizations = of('vpc-authorization');
    const vpcPorts = new Set(vpcAuthorizations.map((r) => r.details?.port).filter((p): p is number => typeof p === 'number'));
    return [
      {
        api,
        ipControls: of('ip-control'),
        backends: of('backend'),
        vpcAuthorizations,
        endpointServices: services.filter((s) => ports(s).some((p) => vpcPorts.has(p))),
        findings: index.findingsBySubject.get(api.key) ?? [],
      },
    ];
  });
  return { asOf: index.inventory.asOf, apiId, apiName: first.apiName, groupName: first.groupName, stages };
}
