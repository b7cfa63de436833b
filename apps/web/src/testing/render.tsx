import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { ActiveProfileProvider } from '@/lib/active-profile';
import { UnsavedChangesBoundary } from '@/lib/unsaved-changes';
import { theme } from '@/app/theme';

/** What Mantine reads from the browser and happy-dom leaves out. */
function stubBrowser(): void {
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
  if (!('ResizeObserver' in window)) {
    class NoResize {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, 'ResizeObserver', { configurable: true, value: NoResize });
  }
  // Mantine's autosizing textarea listens for web fonts loading.
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { configurable: true, value: new EventTarget() });
  // happy-dom has no dialogs: tests spy on this one to answer "Leave and discard?".
  if (typeof window.confirm !== 'function') Object.defineProperty(window, 'confirm', { configurable: true, writable: true, value: () => true });
}

stubBrowser();

/**
 * Renders screens as the app does (Mantine, React Query, the active profile, a data router with
 * the unsaved-changes boundary), at `/` of a memory router whose other routes are given.
 */
export function renderWithApp(ui: ReactNode, routes: RouteObject[] = []): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  stubBrowser();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '/', element: <UnsavedChangesBoundary>{ui}</UnsavedChangesBoundary> }, ...routes], { initialEntries: ['/'] });
  const result = render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <ActiveProfileProvider>
          <RouterProvider router={router} />
        </ActiveProfileProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, router };
}
