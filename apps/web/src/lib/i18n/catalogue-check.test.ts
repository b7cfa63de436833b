import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogues, type Catalogue, type SourceFile } from './catalogue-check';
import { glossary } from './glossary';
import en from './locales/en';
import zhCN from './locales/zh-CN';

const src = join(import.meta.dirname, '../..');

/** The SPA's own code, tests aside (a key only a test names is still unused). */
function sources(dir = src): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [{ path: relative(src, path), text: readFileSync(path, 'utf8') }];
  });
}

const clone = <T>(value: T): T => structuredClone(value);
const real = () => ({ catalogues: { en: clone(en) as Catalogue, 'zh-CN': clone(zhCN) as Catalogue }, glossaryKeys: Object.keys(glossary), sources: sources() });

// Each check reads every source file: seconds on a busy machine, so the default 5 s is too short.
describe('the message catalogues', { timeout: 60_000 }, () => {
  it('when checked as they are, then both languages have every key, the plural forms and placeholders they need, and every key is used', () => {
    expect(checkCatalogues(real())).toEqual([]);
  });

  it('when a key is missing in Chinese, then it is reported for zh-CN', () => {
    const input = real();
    delete (input.catalogues['zh-CN']!.signIn as Catalogue).footer;
    expect(checkCatalogues(input)).toContainEqual({ kind: 'missing', key: 'signIn.footer', locale: 'zh-CN' });
  });

  it('when a key is in both languages but no source names it, then it is reported unused', () => {
    const input = real();
    (input.catalogues.en!.shell as Catalogue).forgotten = 'Forgotten';
    (input.catalogues['zh-CN']!.shell as Catalogue).forgotten = '遗忘';
    expect(checkCatalogues(input)).toEqual([{ kind: 'unused', key: 'shell.forgotten' }]);
  });

  it('when English lacks a plural form its rules need, or a translation drops a placeholder, then both are reported', () => {
    const input = real();
    delete (input.catalogues.en!.userMenu as Catalogue).idle_other;
    (input.catalogues['zh-CN']!.signIn as Catalogue).withProvider = '使用单点登录';
    const problems = checkCatalogues(input);
    expect(problems).toContainEqual({ kind: 'plural', key: 'userMenu.idle_other', locale: 'en' });
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'placeholders', key: 'signIn.withProvider', locale: 'zh-CN' }));
  });

  it('when a message refers to a glossary term that does not exist, then it is reported', () => {
    const input = real();
    (input.catalogues['zh-CN']!.nav as Catalogue).audit = '$t(glossary:auditTrail)';
    expect(checkCatalogues(input)).toContainEqual({ kind: 'reference', key: 'nav.audit', locale: 'zh-CN', detail: 'glossary:auditTrail' });
  });

  it("when a count is interpolated as it is, then it is reported: counts are written in the reader's locale", () => {
    const input = real();
    (input.catalogues['zh-CN']!.bindings as { page: Catalogue }).page.apiCount_other = '{{shown, number}}/{{count}}个API';
    expect(checkCatalogues(input)).toEqual([{ kind: 'number', key: 'bindings.page.apiCount_other', locale: 'zh-CN', detail: 'write {{count, number}}' }]);
  });

  it('when a source names a key family with a template literal, then every key of the family counts as used', () => {
    const input = { ...real(), sources: [{ path: 'x.tsx', text: 't(`roles.${role}`)' }] };
    expect(checkCatalogues(input).filter((p) => p.kind === 'unused' && p.key.startsWith('roles.'))).toEqual([]);
  });
});
