import { TcpProxy, type EndpointService, type UpdateEndpointService, type UpdateEndpointServiceInput } from '@portico/contracts/endpoint-services';
import { i18n } from '@/lib/i18n/i18n';
import { rowsOf } from './port-rows';

/**
 * What a save changes in one endpoint service, for the review step, and the PUT's body: only
 * the fields that changed travel (the cloud keeps what the PUT does not name).
 */

interface Mapping {
  clientPort: number;
  serverPort: number;
  protocol: string;
}

/** The edit form's values: every field the screen edits, held in full. */
export type EditValues = Required<Pick<UpdateEndpointServiceInput, 'serviceName' | 'description' | 'approvalEnabled' | 'ports'>> &
  Pick<UpdateEndpointServiceInput, 'tcpProxy'>;

/** The form's starting values: the service as it is. A proxy setting the cloud did not send stays unset. */
export function editDefaults(service: EndpointService): EditValues {
  const tcpProxy = TcpProxy.safeParse(service.tcpProxy);
  return {
    serviceName: service.serviceName,
    description: service.description ?? '',
    approvalEnabled: service.approvalEnabled,
    ports: rowsOf(service.ports),
    ...(tcpProxy.success ? { tcpProxy: tcpProxy.data } : {}),
  };
}

export interface MappingDiff {
  added: Mapping[];
  removed: Mapping[];
  unchanged: number;
  /** Same mappings, another order: nothing to send. */
  reordered: boolean;
  changed: boolean;
}

const keyOf = (m: Mapping) => `${m.clientPort}:${m.serverPort}/${m.protocol.toUpperCase()}`;

/** Mappings compare by client port, server port and protocol; a repeated mapping counts each time. */
export function diffMappings(before: readonly Mapping[], after: readonly Mapping[]): MappingDiff {
  const left = new Map<string, number>();
  for (const m of before) left.set(keyOf(m), (left.get(keyOf(m)) ?? 0) + 1);
  const added: Mapping[] = [];
  let unchanged = 0;
  for (const m of after) {
    const n = left.get(keyOf(m)) ?? 0;
    if (n > 0) {
      left.set(keyOf(m), n - 1);
      unchanged += 1;
    } else added.push(m);
  }
  const removed: Mapping[] = [];
  for (const m of before) {
    const n = left.get(keyOf(m)) ?? 0;
    if (n > 0) {
      left.set(keyOf(m), n - 1);
      removed.push(m);
    }
  }
  const changed = added.length > 0 || removed.length > 0;
  const reordered = !changed && before.some((m, i) => after[i] === undefined || keyOf(m) !== keyOf(after[i]));
  return { added, removed, unchanged, reordered, changed };
}

export const approvalMeaning = (enabled: boolean) => (enabled ? i18n.t('endpointServices.approval.onYours') : i18n.t('endpointServices.approval.off'));

/** A proxy setting in words (the contract's tcpProxyMeaning, in the reader's language); nothing for a value it does not know. */
export function tcpProxyMeaningOf(value: string | undefined): string | undefined {
  const known = TcpProxy.safeParse(value);
  return known.success ? i18n.t(`endpointServices.tcpProxy.${known.data}`) : undefined;
}

export const tcpProxyText = (value: string | undefined) => {
  if (!value) return i18n.t('endpointServices.tcpProxy.notSet');
  const meaning = tcpProxyMeaningOf(value);
  return meaning ? `${value} (${meaning})` : value;
};

export interface FieldChange {
  key: 'serviceName' | 'description' | 'approvalEnabled' | 'tcpProxy';
  label: string;
  current: string;
  next: string;
}

export interface ServiceChanges {
  fields: FieldChange[];
  ports: MappingDiff;
  /** The PUT's body: the changed fields only. */
  body: UpdateEndpointService;
  changed: boolean;
}

const onOff = (enabled: boolean) => (enabled ? i18n.t('endpointServices.approval.onLong') : i18n.t('endpointServices.approval.offLong'));

/** Compares the form's parsed values with the service as it was when the edit began. */
export function serviceChanges(service: EndpointService, values: UpdateEndpointService): ServiceChanges {
  const fields: FieldChange[] = [];
  const body: UpdateEndpointService = {};

  if (values.serviceName !== undefined && values.serviceName !== service.serviceName) {
    // A service without a name is shown by its id in every list, link and title: the review says so.
    const next = values.serviceName || i18n.t('endpointServices.changes.nameCleared', { id: service.id });
    fields.push({ key: 'serviceName', label: i18n.t('endpointServices.attributes.serviceName'), current: service.serviceName, next });
    body.serviceName = values.serviceName;
  }
  if (values.description !== undefined && values.description !== (service.description ?? '')) {
    fields.push({ key: 'description', label: i18n.t('endpointServices.attributes.description'), current: service.description ?? '', next: values.description });
    body.description = values.description;
  }
  if (values.approvalEnabled !== undefined && values.approvalEnabled !== service.approvalEnabled) {
    fields.push({
      key: 'approvalEnabled',
      label: i18n.t('endpointServices.attributes.approval'),
      current: onOff(service.approvalEnabled),
      next: onOff(values.approvalEnabled),
    });
    body.approvalEnabled = values.approvalEnabled;
  }
  if (values.tcpProxy !== undefined && values.tcpProxy !== service.tcpProxy) {
    fields.push({ key: 'tcpProxy', label: i18n.t('endpointServices.attributes.tcpProxy'), current: tcpProxyText(service.tcpProxy), next: tcpProxyText(values.tcpProxy) });
    body.tcpProxy = values.tcpProxy;
  }

  const ports = diffMappings(service.ports, values.ports ?? service.ports);
  if (ports.changed && values.ports) body.ports = values.ports;

  return { fields, ports, body, changed: fields.length > 0 || ports.changed };
}

/** "8080 → 80/TCP" */
export const mappingText = (m: Mapping) => `${m.clientPort} → ${m.serverPort}/${m.protocol}`;
