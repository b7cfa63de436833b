import type { BackendType } from '@portico/contracts/backend-models';
import { pointerOf, type ParsedJson } from './json-document';
import { getAt, setAt } from './model-paths';

/**
 * The common fields of each backend type, as form inputs over the model's JSON. The JSON text
 * stays the one state of the editor: a field shows what the JSON holds at its path, and typing
 * in a field writes that path back into the text.
 */
export type FieldKind = 'text' | 'number' | 'select' | 'textarea' | 'status';

export interface ModelField {
  path: readonly string[];
  label: string;
  kind: FieldKind;
  description?: string;
  placeholder?: string;
  options?: readonly string[];
}

const timeout: ModelField = {
  path: ['ServiceTimeout'],
  label: 'Timeout',
  kind: 'number',
  description: 'ServiceTimeout, in milliseconds (1 to 60000).',
  placeholder: '10000',
};

const fc = (key: string, label: string, more: Partial<ModelField> = {}): ModelField => ({
  path: ['FunctionComputeConfig', key],
  label,
  kind: 'text',
  description: key,
  ...more,
});

const fcRegion = fc('FcRegionId', 'Region', { placeholder: 'cn-hangzhou' });
const fcBaseUrl = fc('FcBaseUrl', 'Base URL', { placeholder: 'https://my-func.cn-hangzhou.fcapp.run' });
const fcQualifier = fc('Qualifier', 'Qualifier', { description: 'Qualifier: the version or alias, e.g. LATEST.' });
const fcRole = fc('RoleArn', 'Role ARN', { placeholder: 'acs:ram::1234567890:role/aliyunapigatewayaccessingfcrole' });

export const modelFields: Record<BackendType, readonly ModelField[]> = {
  HTTP: [
    { path: ['ServiceAddress'], label: 'Service address', kind: 'text', description: 'ServiceAddress: an http(s) URL.', placeholder: 'http://api.example.com:8080' },
    { path: ['HttpTargetHostName'], label: 'Host header', kind: 'text', description: 'HttpTargetHostName: sent as the Host header.', placeholder: 'api.example.com' },
    timeout,
  ],
  VPC: [
    { path: ['VpcConfig', 'VpcId'], label: 'VPC id', kind: 'text', description: 'VpcConfig.VpcId', placeholder: 'vpc-uf657qec7lx42paw3qxxx' },
    { path: ['VpcConfig', 'InstanceId'], label: 'Instance id', kind: 'text', description: 'VpcConfig.InstanceId: an ECS or SLB instance.' },
    { path: ['VpcConfig', 'Port'], label: 'Port', kind: 'number', description: 'VpcConfig.Port (1 to 65535).', placeholder: '80' },
    { path: ['VpcConfig', 'VpcScheme'], label: 'Scheme', kind: 'select', description: 'VpcConfig.VpcScheme', options: ['http', 'https'] },
    { path: ['VpcConfig', 'VpcTargetHostName'], label: 'Target host', kind: 'text', description: 'VpcConfig.VpcTargetHostName: sent as the Host header.' },
    timeout,
  ],
  OSS: [
    { path: ['OssConfig', 'OssRegionId'], label: 'Region', kind: 'text', description: 'OssConfig.OssRegionId', placeholder: 'cn-hangzhou' },
    { path: ['OssConfig', 'BucketName'], label: 'Bucket', kind: 'text', description: 'OssConfig.BucketName' },
  ],
  FC_EVENT: [fcRegion, fc('ServiceName', 'Service name'), fc('FunctionName', 'Function name'), fcQualifier, fcRole],
  FC_HTTP: [fcRegion, fcBaseUrl, fc('FunctionName', 'Function name'), fcQualifier, fcRole],
  FC_EVENT_V3: [fcRegion, fc('FunctionName', 'Function name'), fcQualifier, fcRole],
  FC_HTTP_V3: [fcRegion, fcBaseUrl, fc('FunctionName', 'Function name'), fcQualifier, fcRole],
  MOCK: [
    { path: ['MockConfig', 'MockStatusCode'], label: 'Status code', kind: 'status', description: 'MockConfig.MockStatusCode (100 to 599).', placeholder: '200' },
    { path: ['MockConfig', 'MockResult'], label: 'Result', kind: 'textarea', description: 'MockConfig.MockResult: the body returned.' },
  ],
  EVENTBRIDGE: [
    { path: ['EventBridgeConfig', 'EventBridgeRegionId'], label: 'Region', kind: 'text', description: 'EventBridgeConfig.EventBridgeRegionId', placeholder: 'cn-hangzhou' },
    { path: ['EventBridgeConfig', 'EventBus'], label: 'Bus', kind: 'text', description: 'EventBridgeConfig.EventBus' },
    { path: ['EventBridgeConfig', 'EventSource'], label: 'Source', kind: 'text', description: 'EventBridgeConfig.EventSource' },
    { path: ['EventBridgeConfig', 'RoleArn'], label: 'Role ARN', kind: 'text', description: 'EventBridgeConfig.RoleArn' },
  ],
};

/** What a field shows for the model: its value as text, `''` when the model has none. */
export function fieldValue(data: unknown, field: ModelField): string {
  const value = getAt(data, field.path);
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/**
 * The JSON value a field's input stands for; `undefined` (the key is removed) when it is empty.
 * A number field holds a number while its text is one; a status code keeps the kind the model
 * had (the cloud accepts 200 and "200"), a string by default.
 */
export function inputToValue(field: ModelField, input: string, previous: unknown): unknown {
  if (input === '') return undefined;
  if (field.kind === 'number') return /^-?\d+$/.test(input.trim()) ? Number(input.trim()) : input;
  if (field.kind === 'status') return typeof previous === 'number' && /^\d+$/.test(input.trim()) ? Number(input.trim()) : input;
  return input;
}

/** The model as JSON text the way the editor shows it. */
export function formatModel(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * The editor's text after a field changed. When the value is already in the text, only its
 * span is replaced, so the rest of the text (and its layout) stays as the person wrote it;
 * a key added or removed re-lays out the whole model.
 */
export function applyFieldInput(text: string, doc: ParsedJson, field: ModelField, input: string): string {
  const previous = getAt(doc.value, field.path);
  const next = inputToValue(field, input, previous);
  const location = doc.locations.get(pointerOf(field.path));
  if (next !== undefined && location) {
    return `${text.slice(0, location.valueFrom)}${JSON.stringify(next)}${text.slice(location.valueTo)}`;
  }
  if (next === undefined && !location) return text;
  return formatModel(setAt(doc.value, field.path, next));
}
