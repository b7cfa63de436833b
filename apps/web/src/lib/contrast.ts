import { darken, lighten } from '@mantine/core';

/** `#rgb`, `#rrggbb` or `rgb(a)(r, g, b[, a])` as three 0–255 channels (alpha ignored). */
export function parseColor(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d) : (hex[1]!.match(/../g) ?? []);
    return [0, 1, 2].map((i) => parseInt(digits[i] ?? '0', 16)) as [number, number, number];
  }
  const channels = /^rgba?\(([^)]+)\)$/i
    .exec(color.trim())?.[1]
    ?.split(/[\s,/]+/)
    .map(Number);
  if (!channels || channels.length < 3 || channels.slice(0, 3).some(Number.isNaN)) throw new Error(`not a colour: ${color}`);
  return [channels[0]!, channels[1]!, channels[2]!];
}

/** WCAG 2 relative luminance. */
function luminance(color: string): number {
  const [r, g, b] = parseColor(color).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * `color`, or the nearest darker (lighter) version of it that reaches `min` (WCAG AA for text,
 * with a little margin for rounding) against `surface`. As an `#rrggbb` string.
 */
export function readableOn(color: string, surface: string, direction: 'darker' | 'lighter', min = 4.6): string {
  let current = color;
  for (let step = 0; step < 25 && contrastRatio(current, surface) < min; step++) current = direction === 'darker' ? darken(current, 0.04) : lighten(current, 0.04);
  return toHex(current);
}

export function toHex(color: string): string {
  return `#${parseColor(color)
    .map((c) => Math.round(c).toString(16).padStart(2, '0'))
    .join('')}`;
}
