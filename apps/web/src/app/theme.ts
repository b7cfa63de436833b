import { createTheme } from '@mantine/core';

/**
 * Mantine's default theme with an indigo brand and system fonts only: the CSP allows no web
 * fonts, and nothing is loaded from elsewhere.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Table: { defaultProps: { fz: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
  },
});
