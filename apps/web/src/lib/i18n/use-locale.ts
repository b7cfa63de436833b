import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@portico/contracts/locale';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '../api-client';
import { sessionQueryOptions, setSession } from '../session';
import { currentLocale, i18n, rememberLocale } from './i18n';

/**
 * Switches the console's language at once (no reload), remembers it in this browser and, for a
 * signed-in person, on their account (PATCH /api/session), so their next browser starts in it.
 * `saveFailed` says when the account could not be told (the switch still applies here).
 */
export function useLocaleSwitch() {
  const queryClient = useQueryClient();
  const { i18n: instance } = useTranslation();
  const [saveFailed, setSaveFailed] = useState(false);
  const locale = (instance.resolvedLanguage ?? currentLocale()) as Locale;

  const switchTo = async (next: Locale) => {
    setSaveFailed(false);
    rememberLocale(next);
    await i18n.changeLanguage(next);
    const session = queryClient.getQueryData(sessionQueryOptions().queryKey);
    if (!session || session.user.locale === next) return;
    try {
      setSession(queryClient, await apiRequest(routes.updateSessionPreferences, { body: { locale: next } }));
    } catch {
      setSaveFailed(true);
    }
  };
  return { locale, switchTo, saveFailed, dismissSaveFailed: () => setSaveFailed(false) };
}

/**
 * The language a person chose on their account wins over this browser's: applied when they
 * sign in (or the session is read), and remembered here for the next sign-in screen.
 */
export function useAccountLocale(accountLocale: Locale | null | undefined): void {
  useEffect(() => {
    if (!accountLocale || accountLocale === i18n.language) return;
    rememberLocale(accountLocale);
    void i18n.changeLanguage(accountLocale);
  }, [accountLocale]);
}
