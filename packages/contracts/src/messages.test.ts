import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldIssues } from './errors.ts';
import { UpdateEndpointService } from './endpoint-services.ts';
import { englishMessage, setValidationTranslator, validationMessages, type ValidationKey } from './messages.ts';
import { InstanceId } from './vpc-authorizations.ts';

const locales = join(import.meta.dirname, '../../../apps/web/src/lib/i18n/locales');
const catalogue = (locale: string) => (JSON.parse(readFileSync(join(locales, locale, 'validation.json'), 'utf8')) as { validation: Record<string, string> }).validation;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

afterEach(() => setValidationTranslator(undefined));

describe('the contracts’ validation messages', () => {
  it('when the SPA’s catalogues are read, then every message key is in English (same text) and Chinese (same placeholders), and no other', () => {
    const en = catalogue('en');
    const zh = catalogue('zh-CN');
    expect(Object.keys(en).sort()).toEqual(Object.keys(validationMessages).sort());
    expect(Object.keys(zh).sort()).toEqual(Object.keys(validationMessages).sort());
    for (const [key, text] of Object.entries(validationMessages)) {
      expect(en[key], key).toBe(text);
      expect(placeholders(zh[key]!), key).toEqual(placeholders(text));
    }
  });

  it('when a contract file is read, then no check names its message as a bare string (each goes through msg() or issue())', () => {
    const src = import.meta.dirname;
    const bare = /(?:\.(?:min|max|int|regex|refine|length|uuid|datetime)\((?:[^()'"`]|\([^()]*\))*?,\s*|\b(?:error|message):\s*|z\.uuid\(|\.int\()(['`])(?:\\.|(?!\1).)*\1/g;
    const found = readdirSync(src)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) => [...readFileSync(join(src, f), 'utf8').matchAll(bare)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('when a value breaks a rule, then the issue carries its key and values, and the English text', () => {
    const result = InstanceId.safeParse('-bad');
    expect(result.success).toBe(false);
    expect(fieldIssues(result.error!)).toEqual([
      { path: '_', key: 'instanceIdSuch', params: { example: 'i-uf6bzcg1pr4oh5jjmxxx' }, message: 'must be an instance id such as i-uf6bzcg1pr4oh5jjmxxx' },
    ]);
  });

  it('when an issue is raised by the schema itself, then it is keyed too', () => {
    const result = UpdateEndpointService.safeParse({
      ports: [
        { clientPort: 80, serverPort: 8080 },
        { clientPort: 80, serverPort: 8081 },
      ],
    });
    expect(fieldIssues(result.error!)).toContainEqual({
      path: 'ports.1.clientPort',
      key: 'clientPortMapped',
      params: { port: 80, row: 1 },
      message: 'client port 80 is already mapped in row 1',
    });
  });

  it('when a translator is set (the SPA), then the text is in its language and the key stays', () => {
    setValidationTranslator((key: ValidationKey, params) => `zh:${key}:${JSON.stringify(params)}`);
    const result = InstanceId.safeParse('');
    expect(fieldIssues(result.error!)[0]).toMatchObject({ key: 'required', message: 'zh:required:{}' });
  });

  it('when zod gives its own message (a rule without ours), then the key is "invalid"', () => {
    const result = UpdateEndpointService.safeParse({ unknown: 1 });
    expect(fieldIssues(result.error!)[0]).toMatchObject({ key: 'invalid' });
    expect(englishMessage('maxChars', { max: 16 })).toBe('must be 16 characters or fewer');
  });
});
