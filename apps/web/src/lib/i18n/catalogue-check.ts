/**
 * The catalogues' rules, checked by `npm test` (catalogue-check.test.ts): every key in both
 * languages, the plural forms each language needs, the same {{placeholders}} on both sides,
 * nested references ($t(…)) that exist, no key that no source file uses, and counts written in
 * the reader's locale (`{{count, number}}`: 10,001, not 10001).
 *
 * "Used" is read from the source text: any string literal shaped like a key (`'nav.audit'`, also
 * inside a map of keys), and a template literal's static head (`` `roles.${role}` `` uses every
 * key under `roles.`). Write keys out, or give a dynamic one a head that names its family.
 */
export type Catalogue = { [key: string]: string | Catalogue };

export interface CatalogueProblem {
  kind: 'missing' | 'plural' | 'placeholders' | 'reference' | 'unused' | 'number';
  key: string;
  locale?: string;
  detail?: string;
}

export interface SourceFile {
  path: string;
  text: string;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `{a: {b: 'x'}}` → `[['a.b', 'x']]`. */
export function flatten(catalogue: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const references = (text: string) => [...text.matchAll(/\$t\(([^,)]+)/g)].map((m) => m[1]!.trim());

/** Keys the sources name: exact literals, and the heads of template literals. */
export function usedKeys(sources: readonly SourceFile[]): { exact: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const { text } of sources) {
    for (const m of text.matchAll(/['"]([A-Za-z][\w-]*(?:\.[\w-]+)+)['"]/g)) exact.add(m[1]!);
    for (const m of text.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)) prefixes.add(m[1]!);
  }
  return { exact, prefixes };
}

export function checkCatalogues(input: { catalogues: Record<string, Catalogue>; glossaryKeys: readonly string[]; sources: readonly SourceFile[] }): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const flat = Object.fromEntries(Object.entries(input.catalogues).map(([locale, catalogue]) => [locale, new Map(flatten(catalogue))]));
  const locales = Object.keys(flat);
  const bases = (locale: string) => new Set([...flat[locale]!.keys()].map(baseKey));
  const allBases = new Set(locales.flatMap((locale) => [...bases(locale)]));

  for (const key of allBases) {
    for (const locale of locales) {
      if (!bases(locale).has(key)) {
        problems.push({ kind: 'missing', key, locale });
        continue;
      }
      const entries = flat[locale]!;
      if (!entries.has(key)) {
        // A plural family: the forms this language's plural rules need.
        const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const category of needed) if (!entries.has(`${key}_${category}`)) problems.push({ kind: 'plural', key: `${key}_${category}`, locale });
      }
    }
    // The same placeholders in every language (each plural form against the family's other form).
    const variants = locales.map((locale) => ({ locale, values: [...flat[locale]!].filter(([k]) => baseKey(k) === key).map(([, v]) => placeholders(v).join(',')) }));
    const reference = variants[0]?.values.find((v) => v !== undefined);
    for (const { locale, values } of variants) {
      for (const value of values) {
        // `count` may be left out of a form where the number is implied (English "one").
        const strip = (v: string) =>
          v
            .split(',')
            .filter((p) => p && p !== 'count')
            .join(',');
        if (reference !== undefined && strip(value) !== strip(reference))
          problems.push({ kind: 'placeholders', key, locale, detail: `{{${value}}} against {{${reference}}}` });
      }
    }
  }

  // Nested references: $t(glossary:term) names a glossary term, $t(key) a key of the catalogue.
  const glossary = new Set(input.glossaryKeys);
  for (const locale of locales) {
    for (const [key, value] of flat[locale]!) {
      for (const ref of references(value)) {
        const ok = ref.startsWith('glossary:') ? glossary.has(ref.slice('glossary:'.length)) : bases(locale).has(baseKey(ref));
        if (!ok) problems.push({ kind: 'reference', key, locale, detail: ref });
      }
    }
  }

  // A count is a number: i18next writes it as it is (10001) unless the message formats it.
  for (const locale of locales) {
    for (const [key, value] of flat[locale]!) {
      if (/\{\{\s*count\s*\}\}/.test(value)) problems.push({ kind: 'number', key, locale, detail: 'write {{count, number}}' });
    }
  }

  const { exact, prefixes } = usedKeys(input.sources);
  const nested = new Set(locales.flatMap((locale) => [...flat[locale]!.values()].flatMap(references)));
  for (const key of allBases) {
    const used = exact.has(key) || nested.has(key) || [...prefixes].some((prefix) => key.startsWith(prefix));
    if (!used) problems.push({ kind: 'unused', key });
  }
  return problems;
}
