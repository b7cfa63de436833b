import { useState, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { ActiveProfileProvider } from '@/lib/active-profile';
import { styleNonce } from '@/lib/csp-nonce';
import { createQueryClient } from '@/lib/query-client';
import { theme } from './theme';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    // Mantine writes a few <style> elements (theme variables, responsive props, the shell's
    // sizes); under a nonce-based CSP they carry the page's nonce (see lib/csp-nonce).
    <MantineProvider theme={theme} defaultColorScheme="light" getStyleNonce={styleNonce}>
      <QueryClientProvider client={queryClient}>
        <ActiveProfileProvider>{children}</ActiveProfileProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
