import { describe, expect, it } from 'vitest';
import { parseJsonDocument, type ParsedJson } from './json-document';
import { applyFieldInput, fieldValue, formatModel, modelFields, type ModelField } from './model-fields';

const field = (type: keyof typeof modelFields, label: string): ModelField => {
  const found = modelFields[type].find((f) => f.label === label);
  if (!found) throw new Error(`no field ${label}`);
  return found;
};

const parsed = (text: string): ParsedJson => {
  const doc = parseJsonDocument(text);
  if (!doc.ok) throw new Error(doc.message);
  return doc;
};

describe('form → JSON', () => {
  it('when a field’s value is in the text, then only that value changes and the layout stays', () => {
    const text = '{ "Type": "HTTP",\n  "ServiceAddress": "http://old",   "ServiceTimeout": 10000 }';
    const next = applyFieldInput(text, parsed(text), field('HTTP', 'Service address'), 'http://new:8080');
    expect(next).toBe('{ "Type": "HTTP",\n  "ServiceAddress": "http://new:8080",   "ServiceTimeout": 10000 }');
  });

  it('when a number field holds digits, then the JSON holds a number; other text stays text for the checks to flag', () => {
    const text = formatModel({ Type: 'VPC', VpcConfig: { VpcId: 'vpc-1', InstanceId: 'i-1', Port: 80 } });
    const port = field('VPC', 'Port');
    expect(JSON.parse(applyFieldInput(text, parsed(text), port, '8443'))).toMatchObject({ VpcConfig: { Port: 8443 } });
    expect(JSON.parse(applyFieldInput(text, parsed(text), port, '8o'))).toMatchObject({ VpcConfig: { Port: '8o' } });
  });

  it('when a field is filled whose key is missing, then the key is added (with its objects) and the model re-laid out', () => {
    const text = '{"Type":"VPC"}';
    const next = applyFieldInput(text, parsed(text), field('VPC', 'Scheme'), 'https');
    expect(next).toBe(formatModel({ Type: 'VPC', VpcConfig: { VpcScheme: 'https' } }));
  });

  it('when a field is emptied, then its key is removed, and an object left empty with it', () => {
    const text = formatModel({ Type: 'VPC', VpcConfig: { VpcScheme: 'https' }, ServiceTimeout: 5 });
    expect(JSON.parse(applyFieldInput(text, parsed(text), field('VPC', 'Scheme'), ''))).toEqual({ Type: 'VPC', ServiceTimeout: 5 });
    expect(applyFieldInput(text, parsed(text), field('VPC', 'Target host'), '')).toBe(text);
  });

  it('when a status code is typed, then it keeps the kind the model had (number or text)', () => {
    const status = field('MOCK', 'Status code');
    const asText = formatModel({ MockConfig: { MockStatusCode: '200', MockResult: '' } });
    const asNumber = formatModel({ MockConfig: { MockStatusCode: 200, MockResult: '' } });
    expect(JSON.parse(applyFieldInput(asText, parsed(asText), status, '404'))).toMatchObject({ MockConfig: { MockStatusCode: '404' } });
    expect(JSON.parse(applyFieldInput(asNumber, parsed(asNumber), status, '404'))).toMatchObject({ MockConfig: { MockStatusCode: 404 } });
  });
});

describe('JSON → form', () => {
  it('when the model holds a value, then the field shows it as text; when not, empty', () => {
    const data = { Type: 'HTTP', ServiceAddress: 'http://a', ServiceTimeout: 10000 };
    expect(fieldValue(data, field('HTTP', 'Service address'))).toBe('http://a');
    expect(fieldValue(data, field('HTTP', 'Timeout'))).toBe('10000');
    expect(fieldValue(data, field('HTTP', 'Host header'))).toBe('');
  });

  it('when every type is listed, then each has fields and each field path is a key of that type', () => {
    for (const [type, fields] of Object.entries(modelFields)) {
      expect(fields.length, type).toBeGreaterThan(0);
    }
  });

  it('when the text is edited and read back, then form and JSON agree both ways', () => {
    let text = formatModel({ Type: 'EVENTBRIDGE', EventBridgeConfig: { EventBridgeRegionId: 'cn-hangzhou', EventBus: 'b', EventSource: 's', RoleArn: 'r' } });
    for (const [label, value] of [
      ['Bus', 'audit-bus'],
      ['Region', 'cn-shanghai'],
      ['Source', ''],
    ] as const) {
      text = applyFieldInput(text, parsed(text), field('EVENTBRIDGE', label), value);
      expect(fieldValue(parsed(text).value, field('EVENTBRIDGE', label))).toBe(value);
    }
  });
});
