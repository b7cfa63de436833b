import { z } from 'zod';
import zodEnglish from 'zod/v4/locales/en.js';
import zodChinese from 'zod/v4/locales/zh-CN.js';
import type { FieldIssue } from '@portico/contracts/errors';
import { setValidationTranslator, type MessageParams, type ValidationKey } from '@portico/contracts/messages';
import type { i18n as I18n } from 'i18next';

/** A contract message in the reader's language (`validation.<key>` of the catalogues). */
export function validationMessage(i18n: I18n, key: ValidationKey, params: MessageParams): string {
  return i18n.t(`validation.${key}`, params);
}

/**
 * The contracts' messages follow the console's language: the forms' zod checks write them
 * through i18next, and zod's own wording (a rule no contract keyed) comes from zod's locale.
 */
export function installValidationMessages(i18n: I18n): void {
  setValidationTranslator((key, params) => validationMessage(i18n, key, params));
  const applyZodLocale = (language: string) => z.config(language === 'zh-CN' ? zodChinese() : zodEnglish());
  applyZodLocale(i18n.language);
  i18n.on('languageChanged', applyZodLocale);
}

/**
 * The BFF's field messages in the reader's language: each path's first keyed issue through the
 * catalogue; a path with only zod's own wording keeps the BFF's (English) text.
 */
export function localFieldMessages(i18n: I18n, fields: Record<string, string>, issues: readonly FieldIssue[] | undefined): Record<string, string> {
  if (!issues) return fields;
  const local = { ...fields };
  const seen = new Set<string>();
  for (const issue of issues) {
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    if (issue.key !== 'invalid') local[issue.path] = validationMessage(i18n, issue.key, issue.params);
  }
  return local;
}
