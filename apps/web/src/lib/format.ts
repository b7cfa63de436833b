import { i18n } from './i18n/i18n';

/**
 * The locale dates and numbers are written in: the browser's own when it is a variant of the
 * console's language (en-GB keeps 16/03/2026 in the English console), else the console's.
 */
export function formattingLocale(uiLocale: string = i18n.language, browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): string {
  const language = uiLocale.split('-')[0]!.toLowerCase();
  return browserLanguages.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? uiLocale;
}

const dateTimeOptions: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

interface DateFormatOptions {
  /** Add the zone's short name ("GMT+8", "UTC"): where the moment matters (audit, tasks). */
  withZone?: boolean;
  locale?: string;
  timeZone?: string;
}

function formatDate(
  value: string | undefined | null,
  extra: Intl.DateTimeFormatOptions,
  { withZone = false, locale = formattingLocale(), timeZone }: DateFormatOptions,
): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { ...dateTimeOptions, ...extra, ...(withZone ? { timeZoneName: 'short' } : {}), ...(timeZone ? { timeZone } : {}) }).format(date);
}

/**
 * A timestamp in the reader's locale and time zone, to the minute: "03/16/2026, 09:05" (en-US),
 * "2026/03/16 09:05" (zh-CN). Whatever the cloud sent when it is not a date.
 */
export function formatDateTime(value: string | undefined | null, options: DateFormatOptions = {}): string {
  return formatDate(value, {}, options);
}

/** The reader's time zone as people say it: "Asia/Shanghai (GMT+8)". */
export function timeZoneLabel(locale?: string, timeZone?: string, uiLocale?: string): string {
  locale ??= formattingLocale(uiLocale);
  const format = new Intl.DateTimeFormat(locale, { timeZoneName: 'short', ...(timeZone ? { timeZone } : {}) });
  const zone = format.formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value;
  const name = format.resolvedOptions().timeZone;
  return zone && zone !== name ? `${name} (${zone})` : name;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Like `formatDateTime`, to the second: for records where the order of events matters. */
export function formatTimestamp(value: string | undefined | null, options: DateFormatOptions = {}): string {
  return formatDate(value, { second: '2-digit' }, options);
}

/** How long ago, coarse: "12 s ago", "4 min ago", "3 h ago", "2 d ago". */
export function formatAge(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}

/** A duration as people read it: "850 ms", "2.4 s", "3 min 5 s". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  if (milliseconds < 60_000) return `${(milliseconds / 1000).toFixed(1)} s`;
  const seconds = Math.round(milliseconds / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
