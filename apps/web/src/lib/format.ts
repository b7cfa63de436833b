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
