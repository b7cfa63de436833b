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
export type ResourceHref = (resource: InventoryResource) => string | undefined;

/** "2 connections" for an endpoint service, "12 APIs" for the rest. */
export function boundLabel(resource: InventoryResource): string {
  const unit = resource.kind === 'endpoint-service' ? 'connection' : 'API';
  return `${resource.boundCount} ${resource.boundCount === 1 ? unit : `${unit}s`}`;
}
