import 'i18next';
import type { resources } from './i18n';

// Keys are checked by the compiler: `t('nav.audit')` compiles, a typo does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}
