import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Locale } from '@portico/contracts/locale';
import { glossaryFor } from './glossary';
import { installValidationMessages } from './validation';
import en from './locales/en';
import zhCN from './locales/zh-CN';

export const LOCALES = Locale.options;
/** Where a choice made in this browser is kept (public/first-paint.js reads the same key). */
export const LOCALE_STORAGE_KEY = 'portico-locale';

/** Each language's own name, as its readers write it (the switcher shows these, untranslated). */
export const localeNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

export const resources = {
  en: { translation: en, glossary: glossaryFor('en') },
  'zh-CN': { translation: zhCN, glossary: glossaryFor('zh-CN') },
} as const;

/**
 * The language at a first visit: one chosen in this browser before, else the first of the
 * browser's languages we have (any Chinese → zh-CN, any English → en), else English.
 */
export function detectLocale(stored: string | null | undefined, browserLanguages: readonly string[]): Locale {
  const remembered = Locale.safeParse(stored);
  if (remembered.success) return remembered.data;
  for (const language of browserLanguages) {
    const tag = language.toLowerCase();
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers a choice in this browser (the account keeps it too, see lib/i18n/use-locale). */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: typeof navigator === 'undefined' ? 'en' : detectLocale(storedLocale(), navigator.languages ?? [navigator.language]),
  fallbackLng: 'en',
  supportedLngs: LOCALES,
  ns: ['translation', 'glossary'],
  defaultNS: 'translation',
  // React escapes what it renders; i18next escaping on top would show &amp; and the like.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  react: { transKeepBasicHtmlNodesFor: ['b', 'strong', 'i', 'br'] },
});

/** `<html lang>` follows the language, so screen readers and fonts pick the right one. */
function applyLang(locale: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
applyLang(i18n.language);
i18n.on('languageChanged', applyLang);
installValidationMessages(i18n);

export function currentLocale(): Locale {
  return Locale.safeParse(i18n.language).data ?? 'en';
}
