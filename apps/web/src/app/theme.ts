import { createTheme, darken, lighten, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';
import { contrastRatio, readableOn } from '@/lib/contrast';

/**
 * Mantine's default theme with an indigo brand and system fonts only: the CSP allows no web
 * fonts, and nothing is loaded from elsewhere. "Noto Sans CJK SC" (Debian's fonts-noto-cjk) and
 * the platforms' own Chinese UI fonts come before the generic family, so Chinese is drawn in a
 * sans-serif face rather than whatever the browser falls back to.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Table: { defaultProps: { fz: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    // A table wider than its card scrolls sideways: keyboard users reach it with Tab to scroll it (axe: scrollable-region-focusable).
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});

const WHITE = '#ffffff';
/** The surfaces text sits on: the page behind cards (light gray-0 / dark-8) and cards (white / dark-7, dark-6 for inputs). */
const LIGHT_SURFACES = ['#ffffff', '#f8f9fa', '#f1f3f5'];
const DARK_SURFACES = ['#242424', '#1f1f1f', '#2e2e2e'];

/** The colour `steps` of darkening (or lightening) away from `color` that reads on every surface. */
function readableOnAll(color: string, surfaces: string[], direction: 'darker' | 'lighter'): string {
  return surfaces.reduce((c, surface) => readableOn(c, surface, direction), color);
}

/** Background that white text reads on (4.5:1): the shade itself, or that shade darkened until it does. */
function filledFor(color: string): string {
  let fill = color;
  for (let step = 0; step < 20 && contrastRatio(WHITE, fill) < 4.6; step++) fill = darken(fill, 0.05);
  return fill;
}

/**
 * Mantine 9's default palette is light: white on a filled green, teal or red button, `c="red"`
 * text, light-variant badges and the dimmed grey all measure below WCAG AA's 4.5:1 (axe counted
 * 289 such nodes over the screens). Instead of picking colours screen by screen, every colour's
 * derived variables are recomputed here so that each meets 4.5:1 on the surfaces it is drawn
 * on, in both schemes; the palette itself (borders, tints) is left as Mantine draws it.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t: MantineTheme) => {
  const primary = t.colors[t.primaryColor] ?? t.colors.indigo;
  const light: Record<string, string> = {
    '--mantine-color-dimmed': readableOnAll(t.colors.gray[6], LIGHT_SURFACES, 'darker'),
    '--mantine-color-error': readableOnAll(t.colors.red[7], LIGHT_SURFACES, 'darker'),
    '--mantine-color-anchor': readableOnAll(primary[7], LIGHT_SURFACES, 'darker'),
    '--mantine-color-placeholder': readableOnAll(t.colors.gray[6], ['#ffffff'], 'darker'),
  };
  const dark: Record<string, string> = {
    '--mantine-color-dimmed': readableOnAll(t.colors.dark[2], DARK_SURFACES, 'lighter'),
    '--mantine-color-error': readableOnAll(t.colors.red[5], DARK_SURFACES, 'lighter'),
    '--mantine-color-anchor': readableOnAll(primary[4], DARK_SURFACES, 'lighter'),
    '--mantine-color-placeholder': readableOnAll(t.colors.dark[2], ['#2e2e2e'], 'lighter'),
  };
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === 'dark') continue;
    const lightFill = filledFor(shades[7]);
    const darkFill = filledFor(shades[6]);
    Object.assign(light, {
      [`--mantine-color-${name}-filled`]: lightFill,
      [`--mantine-color-${name}-filled-hover`]: darken(lightFill, 0.12),
      [`--mantine-color-${name}-text`]: readableOnAll(shades[7], LIGHT_SURFACES, 'darker'),
      [`--mantine-color-${name}-outline`]: readableOnAll(shades[7], LIGHT_SURFACES, 'darker'),
      // The light variant: a pale tint (shade 1 or 0) under the darkest shade, darkened until it reads.
      [`--mantine-color-${name}-light-color`]: readableOnAll(shades[9], [shades[1], shades[0], WHITE], 'darker'),
    });
    Object.assign(dark, {
      [`--mantine-color-${name}-filled`]: darkFill,
      [`--mantine-color-${name}-filled-hover`]: darken(darkFill, 0.12),
      [`--mantine-color-${name}-text`]: readableOnAll(shades[4], DARK_SURFACES, 'lighter'),
      [`--mantine-color-${name}-outline`]: readableOnAll(shades[4], DARK_SURFACES, 'lighter'),
      [`--mantine-color-${name}-light-color`]: readableOnAll(shades[1], [darken(shades[9], 0.5), darken(shades[9], 0.3)], 'lighter'),
    });
  }
  // Gray text on gray: the default variant's hover and the subtle gray buttons.
  light['--mantine-color-gray-light-color'] = readableOnAll(t.colors.gray[8], LIGHT_SURFACES.concat(t.colors.gray[1], t.colors.gray[2]), 'darker');
  dark['--mantine-color-gray-light-color'] = readableOnAll(lighten(t.colors.dark[0], 0.2), DARK_SURFACES, 'lighter');
  return { variables: {}, light, dark };
};
