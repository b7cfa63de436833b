/** ISO 8601 in UTC without milliseconds, as the cloud prints times: 2026-01-05T10:00:00Z. */
export function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;

/** Parses an ISO 8601 UTC timestamp (yyyy-MM-ddTHH:mm:ssZ); undefined when malformed. */
export function parseIsoUtc(value: string): number | undefined {
  const m = ISO_UTC.exec(value);
  if (!m) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
