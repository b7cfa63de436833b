import type { Finding, FindingKind, InventoryResource, ResourceKind } from '@portico/contracts/bindings';
import { i18n } from '@/lib/i18n/i18n';

/**
 * Words the bindings screens share, in the reader's language. Plain functions (not hooks), so
 * the graph's node descriptions can use them too; a component that calls them also calls
 * `useTranslation()`, which re-renders it when the language changes.
 */

export const cloudLabel = (cloud: InventoryResource['cloud']): string => i18n.t(`bindings.clouds.${cloud}`);

export const kindLabel = (kind: ResourceKind): string => i18n.t(`bindings.kinds.${kind}`);

export const findingKindLabel = (kind: FindingKind): string => i18n.t(`bindings.findingKinds.${kind}`);

export const severityLabel = (severity: Finding['severity']): string => i18n.t(`bindings.severity.${severity}`);

/**
 * A finding in words, from its kind and values; an inventory stored before findings carried
 * their values has only the BFF's English sentence.
 */
export const findingText = (finding: Finding): string => (finding.params ? i18n.t(`bindings.findingText.${finding.kind}`, { ...finding.params }) : finding.message);

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
  const unit = resource.kind === 'endpoint-service' ? 'connections' : 'apis';
  return i18n.t(`bindings.bound.${unit}`, { count: resource.boundCount });
}

/** The values the inventory keeps about a resource that are shown, in the order shown. */
const detailKeys = ['vpcId', 'instanceId', 'port', 'cidrs', 'policyItems', 'approvalEnabled', 'serverPorts', 'portId'] as const;
type DetailKey = (typeof detailKeys)[number];
const isDetailKey = (key: string): key is DetailKey => (detailKeys as readonly string[]).includes(key);

/** The resource's plain details with readable labels; nested values (connections) are left out. */
export interface DetailField {
  /** The inventory's own name for the value (`cidrs`), for code that picks a field. */
  key: string;
  label: string;
  value: string;
  mono: boolean;
}

function booleanText(key: string, value: boolean): string {
  if (key === 'approvalEnabled') return i18n.t(value ? 'bindings.details.approvalOn' : 'bindings.details.approvalOff');
  return i18n.t(value ? 'bindings.details.yes' : 'bindings.details.no');
}

export function detailFields(resource: InventoryResource): DetailField[] {
  return Object.entries(resource.details ?? {}).flatMap(([key, value]): DetailField[] => {
    // A value the console has no words for keeps the inventory's own name.
    const label = isDetailKey(key) ? i18n.t(`bindings.details.${key}`) : key;
    if (typeof value === 'boolean') return [{ key, label, value: booleanText(key, value), mono: false }];
    if (typeof value === 'string' || typeof value === 'number') return [{ key, label, value: String(value), mono: true }];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return [{ key, label, value: value.join(', ') || '—', mono: true }];
    return [];
  });
}
