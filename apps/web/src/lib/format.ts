const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A timestamp in local time, compact and sortable by eye: "2026-03-16 10:04". Whatever the
 * cloud sent when it is not a date.
 */
export function formatDateTime(value: string | undefined | null): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Like `formatDateTime`, to the second: for records where the order of events matters. */
export function formatTimestamp(value: string | undefined | null): string {
  const minutes = formatDateTime(value);
  if (!value) return minutes;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? minutes : `${minutes}:${pad(date.getSeconds())}`;
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
