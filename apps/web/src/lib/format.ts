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

/** Like `formatDateTime`, to the second: for records where the order of events matters. */
export function formatTimestamp(value: string | undefined | null, options: DateFormatOptions = {}): string {
  return formatDate(value, { second: '2-digit' }, options);
}

/** How long ago, coarse, in the reader's locale: "12s ago", "4m ago" (en); "12秒前", "4分钟前" (zh-CN). */
export function formatAge(milliseconds: number, locale: string = formattingLocale()): string {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'narrow' });
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  if (seconds < 60) return relative.format(-seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return relative.format(-hours, 'hour');
  return relative.format(-Math.floor(hours / 24), 'day');
}

const unit = (locale: string, value: number, name: 'millisecond' | 'second' | 'minute') =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);

/** A duration as people read it, in the reader's locale: "850 ms", "2.4 sec", "3 min 5 sec" (en); "2.4秒" (zh-CN). */
export function formatDuration(milliseconds: number, locale: string = formattingLocale()): string {
  if (milliseconds < 1000) return unit(locale, Math.round(milliseconds), 'millisecond');
  if (milliseconds < 60_000) return unit(locale, Math.round(milliseconds / 100) / 10, 'second');
  const seconds = Math.round(milliseconds / 1000);
  const rest = seconds % 60;
  const minutes = unit(locale, Math.floor(seconds / 60), 'minute');
  return rest === 0 ? minutes : `${minutes} ${unit(locale, rest, 'second')}`;
}

/** A count in the reader's locale: "10,001". (Messages format theirs with `{{count, number}}`.) */
export function formatNumber(value: number, locale: string = formattingLocale()): string {
  return new Intl.NumberFormat(locale).format(value);
}
