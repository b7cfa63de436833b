import { ActionIcon, Affix, Button, Menu, Notification, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localeNames, LOCALES } from '@/lib/i18n/i18n';
import { useLocaleSwitch } from '@/lib/i18n/use-locale';
import { IconCheck } from '@/components/ui/icons';

const iconProps = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

function SchemeIcon({ scheme }: { scheme: MantineColorScheme }) {
  return (
    <svg {...iconProps} aria-hidden="true" focusable="false">
      {scheme === 'light' ? (
        <path d="M12 4V2M12 22v-2M4 12H2M22 12h-2M5.6 5.6 4.2 4.2M19.8 19.8l-1.4-1.4M5.6 18.4l-1.4 1.4M19.8 4.2l-1.4 1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z" />
      ) : null}
      {scheme === 'dark' ? <path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z" /> : null}
      {scheme === 'auto' ? <path d="M4 5h16v11H4zM9 20h6M12 16v4" /> : null}
    </svg>
  );
}

const schemes: MantineColorScheme[] = ['light', 'dark', 'auto'];
const schemeKey = { light: 'preferences.light', dark: 'preferences.dark', auto: 'preferences.system' } as const;

/** Light, dark or as the system says; Mantine remembers the choice in this browser. */
export function ColorSchemeMenu() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={200}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('preferences.colorSchemeButton', { scheme: t(schemeKey[colorScheme]) })}>
          <SchemeIcon scheme={colorScheme} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('preferences.colorScheme')}</Menu.Label>
        {schemes.map((scheme) => (
          <Menu.Item
            key={scheme}
            leftSection={<SchemeIcon scheme={scheme} />}
            rightSection={scheme === colorScheme ? <IconCheck size={14} /> : null}
            // Mantine's items are menuitems: the current choice is marked with aria-current and a check.
            aria-current={scheme === colorScheme ? 'true' : undefined}
            onClick={() => setColorScheme(scheme)}
          >
            {t(schemeKey[scheme])}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** English or 简体中文, each named in its own language; the switch applies at once, without a reload. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const { locale, switchTo, saveFailed, dismissSaveFailed } = useLocaleSwitch();
  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={180}>
        <Menu.Target>
          <Button variant="subtle" color="gray" size="compact-sm" aria-label={t('preferences.languageButton', { language: localeNames[locale] })} lang={locale}>
            {localeNames[locale]}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('preferences.language')}</Menu.Label>
          {LOCALES.map((option) => (
            <Menu.Item
              key={option}
              lang={option}
              aria-current={option === locale ? 'true' : undefined}
              rightSection={option === locale ? <IconCheck size={14} /> : null}
              onClick={() => void switchTo(option)}
            >
              {localeNames[option]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {saveFailed ? (
        <Affix position={{ top: 64, right: 16 }}>
          <Notification color="yellow" onClose={dismissSaveFailed} closeButtonProps={{ 'aria-label': t('userMenu.dismiss') }} role="status">
            {t('preferences.saveFailed')}
          </Notification>
        </Affix>
      ) : null}
    </>
  );
}
