import type { MaintenanceWindow } from '@portico/contracts/changes';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The weekday (0 = Sunday) and minutes since midnight of a moment, in a time zone. */
function localTime(at: Date, timeZone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  return { day: weekdays.indexOf(part('weekday')), minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a moment falls inside a weekly window; one that ends before it starts runs past midnight. */
export function insideWindow(at: Date, window: MaintenanceWindow): boolean {
  const { day, minutes } = localTime(at, window.timeZone);
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  if (from < to) return window.days.includes(day) && minutes >= from && minutes < to;
  const yesterday = (day + 6) % 7;
  return (window.days.includes(day) && minutes >= from) || (window.days.includes(yesterday) && minutes < to);
}

/** No window at all means any time will do. */
export const insideWindows = (at: Date, windows: readonly MaintenanceWindow[]) => windows.length === 0 || windows.some((w) => insideWindow(at, w));
