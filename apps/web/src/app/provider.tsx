import { useState, type ReactNode } from 'react';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { ActiveProfileProvider } from '@/lib/active-profile';
import { ConnectionBanner } from '@/lib/connection/connection-banner';
import { styleNonce } from '@/lib/csp-nonce';
import { i18n } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import { cssVariablesResolver, theme } from './theme';

/** Light, dark or the system's (the default), remembered in this browser. */
const colorSchemeManager = localStorageColorSchemeManager({ key: 'portico-color-scheme' });

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    // Mantine writes a few <style> elements (theme variables, responsive props, the shell's
    // sizes); under a nonce-based CSP they carry the page's nonce (see lib/csp-nonce).
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager} getStyleNonce={styleNonce}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <ActiveProfileProvider>
            {children}
            <ConnectionBanner />
          </ActiveProfileProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
