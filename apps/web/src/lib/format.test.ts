import { describe, expect, it } from 'vitest';
import { formatAge, formatDateTime, formatDuration, plural } from './format';

describe('formatDateTime', () => {
  it('when given an ISO timestamp, then it shows local date and minutes', () => {
    const local = new Date(2026, 2, 16, 9, 5);
    expect(formatDateTime(local.toISOString())).toBe('2026-03-16 09:05');
  });
  it('when there is no value or not a date, then it shows a dash or the value itself', () => {
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('yesterday')).toBe('yesterday');
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
