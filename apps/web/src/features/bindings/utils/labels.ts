import type { InventoryResource, ResourceKind } from '@portico/contracts/bindings';

export const cloudLabels: Record<InventoryResource['cloud'], string> = { alibaba: 'Alibaba Cloud', huawei: 'Huawei Cloud' };

/** One colour per resource type, the same in the graph, the tables and the side panel. */
export const kindColors: Record<ResourceKind, string> = {
  'vpc-authorization': 'indigo',
  'ip-control': 'orange',
  backend: 'teal',
  'endpoint-service': 'grape',
};

export const severityColors = { info: 'blue', warning: 'yellow', high: 'red' } as const;

/**
 * Where a resource is looked after in the console. The screen that shows the bindings is given
 * this (it knows the other screens' paths); `undefined` when no page shows that resource.
 */
export type ResourceHref = (resource: Pick<InventoryResource, 'kind' | 'id' | 'name'>) => string | undefined;

/** "2 connections" for an endpoint service, "12 APIs" for the rest. */
export function boundLabel(resource: InventoryResource): string {
  const unit = resource.kind === 'endpoint-service' ? 'connection' : 'API';
  return `${resource.boundCount} ${resource.boundCount === 1 ? unit : `${unit}s`}`;
}

/** Readable names for the values the inventory keeps about a resource, in the order shown. */
const detailLabels: Record<string, string> = {
  vpcId: 'VPC',
  instanceId: 'Instance',
  port: 'Port',
  cidrs: 'Addresses and blocks',
  policyItems: 'Policy items',
  approvalEnabled: 'Approval',
  serverPorts: 'Server ports',
  portId: 'Port ID',
};

/** The resource's plain details with readable labels; nested values (connections) are left out. */
export interface DetailField {
  label: string;
  value: string;
  mono: boolean;
}

export function detailFields(resource: InventoryResource): DetailField[] {
  return Object.entries(resource.details ?? {}).flatMap(([key, value]): DetailField[] => {
    const label = detailLabels[key] ?? key;
    if (typeof value === 'boolean')
      return [{ label, value: key === 'approvalEnabled' ? (value ? 'required' : 'off: anyone may connect') : value ? 'yes' : 'no', mono: false }];
    if (typeof value === 'string' || typeof value === 'number') return [{ label, value: String(value), mono: true }];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return [{ label, value: value.join(', ') || '—', mono: true }];
    return [];
  });
}
