import { describe, expect, it } from 'vitest';
import { formatAge, formatDateTime, formatDuration, formatNumber, formatTimestamp, formattingLocale, timeZoneLabel } from './format';

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

describe('formatAge', () => {
  it('when recent, then in seconds; later in minutes, hours, days', () => {
    expect(formatAge(12_400, 'en')).toBe('12s ago');
    expect(formatAge(-5, 'en')).toBe('0s ago');
    expect(formatAge(4 * 60_000 + 10, 'en')).toBe('4m ago');
    expect(formatAge(3 * 3_600_000, 'en')).toBe('3h ago');
    expect(formatAge(3 * 86_400_000, 'en')).toBe('3d ago');
  });

  it('when the reader reads Chinese, then in Chinese', () => {
    expect(formatAge(12_400, 'zh-CN')).toBe('12秒前');
    expect(formatAge(3 * 3_600_000, 'zh-CN')).toBe('3小时前');
  });
});

describe('formatDuration', () => {
  it('when short, then in ms; then seconds with a tenth; then minutes and seconds', () => {
    expect(formatDuration(850, 'en')).toBe('850 ms');
    expect(formatDuration(2_440, 'en')).toBe('2.4 sec');
    expect(formatDuration(185_000, 'en')).toBe('3 min 5 sec');
    expect(formatDuration(180_000, 'en')).toBe('3 min');
  });

  it('when the reader reads Chinese, then in Chinese units', () => {
    expect(formatDuration(2_440, 'zh-CN')).toBe('2.4秒');
    expect(formatDuration(185_000, 'zh-CN')).toBe('3分钟 5秒');
  });
});

describe('formatNumber', () => {
  it('when a count is large, then grouped as the locale groups it', () => {
    expect(formatNumber(10_001, 'en')).toBe('10,001');
    expect(formatNumber(10_001, 'zh-CN')).toBe('10,001');
    expect(formatNumber(1_000_000, 'en-IN')).toBe('10,00,000');
  });
});
