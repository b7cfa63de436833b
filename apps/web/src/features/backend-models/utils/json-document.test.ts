import { describe, expect, it } from 'vitest';
import { locate, parseJsonDocument, pointerOf } from './json-document';

const text = ['{', '  "Type": "VPC",', '  "VpcConfig": {', '    "Port": 70000,', '    "VpcId": "vpc-1"', '  },', '  "List": [1, {"a/b": true}]', '}'].join('\n');

describe('parseJsonDocument', () => {
  it('when the JSON is valid, then it reads the same value as JSON.parse and knows where each value is', () => {
    const doc = parseJsonDocument(text);
    if (!doc.ok) throw new Error(doc.message);
    expect(doc.value).toEqual(JSON.parse(text));
    const port = doc.locations.get('/VpcConfig/Port');
    expect(text.slice(port?.keyFrom, port?.keyTo)).toBe('"Port"');
    expect(text.slice(port?.valueFrom, port?.valueTo)).toBe('70000');
    expect(text.slice(doc.locations.get('/List/1/a~1b')?.valueFrom, doc.locations.get('/List/1/a~1b')?.valueTo)).toBe('true');
  });

  it('when a comma is missing, then the error names what was expected, on its line', () => {
    const doc = parseJsonDocument('{\n  "ServiceAddress": "http://a"\n  "ServiceTimeout": 10\n}');
    expect(doc).toMatchObject({ ok: false, line: 3, column: 3 });
    expect(doc.ok ? '' : doc.message).toMatch(/expected “,” or “}” after the value of “ServiceAddress”/);
  });

  it('when there is a trailing comma, then the error is on the comma’s line', () => {
    const doc = parseJsonDocument('{\n  "a": 1,\n}');
    expect(doc).toMatchObject({ ok: false, line: 2 });
    expect(doc.ok ? '' : doc.message).toMatch(/trailing comma/);
  });

  it('when the text ends early, has single quotes, a bad number or a duplicate key, then each is reported', () => {
    expect(parseJsonDocument('{"a": ')).toMatchObject({ ok: false, line: 1 });
    expect(parseJsonDocument("{'a': 1}")).toMatchObject({ ok: false, message: "expected a property name in double quotes, found “'”" });
    expect(parseJsonDocument('{"a": 01}')).toMatchObject({ ok: false, message: '“01” is not a JSON number' });
    expect(parseJsonDocument('{"a": 1,\n "a": 2}')).toMatchObject({ ok: false, line: 2, message: '“a” appears twice in the same object' });
    expect(parseJsonDocument('  ')).toMatchObject({ ok: false });
    expect(parseJsonDocument('{} x')).toMatchObject({ ok: false, column: 4 });
  });

  it('when strings hold escapes and numbers exponents, then they read as JSON.parse reads them', () => {
    const source = '{"s": "a\\"b\\u00e9\\n", "n": -1.5e3, "z": 0, "__proto__": 1}';
    const doc = parseJsonDocument(source);
    expect(doc.ok && doc.value).toEqual(JSON.parse(source));
    expect(doc.ok && Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
  });
});

describe('locate', () => {
  it('when the path is there, then its key; when it is missing, then the closest enclosing property', () => {
    const doc = parseJsonDocument(text);
    if (!doc.ok) throw new Error(doc.message);
    expect(locate(doc, ['VpcConfig', 'Port'])).toEqual({ offset: text.indexOf('"Port"'), exact: true });
    expect(locate(doc, ['VpcConfig', 'InstanceId'])).toEqual({ offset: text.indexOf('"VpcConfig"'), exact: false });
    expect(locate(doc, ['Nope'])).toEqual({ offset: 0, exact: false });
    expect(pointerOf(['a~b', 0])).toBe('/a~0b/0');
  });
});
