import { describe, expect, it } from 'vitest';
import { formatAge, formatDateTime, formatDuration, formatTimestamp, formattingLocale, plural, timeZoneLabel } from './format';

const at = '2026-03-16T01:05:07Z';

describe('formatDateTime', () => {
  it("when given an ISO timestamp, then it shows the date and minutes in the reader's locale and zone", () => {
    expect(formatDateTime(at, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' })).toBe('2026/03/16 09:05');
    expect(formatDateTime(at, { locale: 'en-US', timeZone: 'Asia/Shanghai' })).toBe('03/16/2026, 09:05');
    expect(formatDateTime(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('16/03/2026, 01:05');
  });
  it('when the zone matters (audit, tasks), then its short name is written after the time', () => {
    expect(formatTimestamp(at, { locale: 'en-US', timeZone: 'Asia/Shanghai', withZone: true })).toBe('03/16/2026, 09:05:07 GMT+8');
    expect(formatTimestamp(at, { locale: 'zh-CN', timeZone: 'UTC', withZone: true })).toBe('2026/03/16 UTC 01:05:07');
    expect(timeZoneLabel('en-US', 'Asia/Shanghai')).toBe('Asia/Shanghai (GMT+8)');
  });
  it('when there is no value or not a date, then it shows a dash or the value itself', () => {
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });
});

describe('formattingLocale', () => {
  it('when the browser has a variant of the console language, then its conventions; otherwise the console language', () => {
    expect(formattingLocale('en', ['en-GB', 'zh-CN'])).toBe('en-GB');
    expect(formattingLocale('zh-CN', ['en-GB', 'zh-TW'])).toBe('zh-TW');
    expect(formattingLocale('zh-CN', ['fr-FR'])).toBe('zh-CN');
  });
});

describe('plural', () => {
  it('when one, then singular; otherwise plural', () => {
    expect(plural(1, 'API')).toBe('1 API');
    expect(plural(3, 'published API')).toBe('3 published APIs');
  });
});

describe('formatAge', () => {
  it('when recent, then in seconds; later in minutes, hours, days', () => {
    expect(formatAge(12_400)).toBe('12 s ago');
    expect(formatAge(-5)).toBe('0 s ago');
    expect(formatAge(4 * 60_000 + 10)).toBe('4 min ago');
    expect(formatAge(3 * 3_600_000)).toBe('3 h ago');
    expect(formatAge(3 * 86_400_000)).toBe('3 d ago');
  });
});

describe('formatDuration', () => {
  it('when short, then in ms; then seconds with a tenth; then minutes and seconds', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(2_440)).toBe('2.4 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
  });
});
