import { describe, expect, it } from 'vitest';
import { formatDateTime, plural } from './format';

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
