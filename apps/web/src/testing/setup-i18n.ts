// Every unit and component test runs with the console's i18next instance initialised (English
// unless a test changes it), so a component's t('…') renders words, not keys, without a provider.
import { i18n } from '@/lib/i18n/i18n';

await i18n.changeLanguage('en');
