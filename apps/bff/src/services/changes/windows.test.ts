import { describe, expect, it } from 'vitest';
import { insideWindow, insideWindows } from './windows.ts';

describe('maintenance windows', () => {
  const saturdayNightShanghai = { days: [6], from: '22:00', to: '02:00', timeZone: 'Asia/Shanghai' };

  it('given a window past midnight in Shanghai, when a moment is Saturday 23:30 or Sunday 01:00 there, then it is inside', () => {
    expect(insideWindow(new Date('2026-12-05T15:30:00Z'), saturdayNightShanghai)).toBe(true); // Sat 23:30 CST
    expect(insideWindow(new Date('2026-12-05T17:00:00Z'), saturdayNightShanghai)).toBe(true); // Sun 01:00 CST
  });

  it('given the same window, when a moment is Sunday 02:00 or Saturday 21:59 there, then it is outside', () => {
    expect(insideWindow(new Date('2026-12-05T18:00:00Z'), saturdayNightShanghai)).toBe(false);
    expect(insideWindow(new Date('2026-12-05T13:59:00Z'), saturdayNightShanghai)).toBe(false);
  });

  it('given no window, then any time will do; given a daytime one, then only its days and hours', () => {
    expect(insideWindows(new Date(), [])).toBe(true);
    const weekdays = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00', timeZone: 'UTC' };
    expect(insideWindows(new Date('2026-12-07T10:00:00Z'), [weekdays])).toBe(true); // Monday
    expect(insideWindows(new Date('2026-12-06T10:00:00Z'), [weekdays])).toBe(false); // Sunday
  });
});
