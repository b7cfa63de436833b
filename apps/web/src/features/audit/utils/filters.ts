import { AuditQuery } from '@portico/contracts/audit';

/**
 * The audit log's filters live in the URL (`/audit?actor=ana&result=failed&page=2`), so a
 * filtered view can be shared, reloaded and gone back to. Each value is read with the
 * contract's own rule; one that does not pass is left out rather than sent.
 */
export const filterKeys = ['category', 'actor', 'resourceType', 'operation', 'target', 'result', 'from', 'to'] as const;
export type FilterKey = (typeof filterKeys)[number];

export type AuditFilters = Pick<AuditQuery, FilterKey>;

export const PAGE_SIZES = ['10', '20', '50', '100'];
const DEFAULT_PAGE_SIZE = 20;

export function readAuditQuery(params: URLSearchParams): AuditQuery {
  const value = (key: string) => params.get(key) ?? undefined;
  const page = AuditQuery.shape.page.safeParse(value('page'));
  const pageSize = AuditQuery.shape.pageSize.safeParse(value('pageSize') ?? DEFAULT_PAGE_SIZE);
  const query: AuditQuery = { page: page.success ? page.data : 1, pageSize: pageSize.success ? pageSize.data : DEFAULT_PAGE_SIZE };
  for (const key of filterKeys) {
    const raw = value(key);
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = AuditQuery.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined && parsed.data !== '') Object.assign(query, { [key]: parsed.data });
  }
  return query;
}

/** Just the filters of a query (what the export takes). */
export function filtersOf(query: AuditQuery): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of filterKeys) if (query[key] !== undefined) Object.assign(filters, { [key]: query[key] });
  return filters;
}

export const hasFilters = (query: AuditQuery) => filterKeys.some((key) => query[key] !== undefined);

/** The URL's query with one filter set (or cleared when empty); a new filter starts at page 1. */
export function withFilter(params: URLSearchParams, key: FilterKey, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  const text = value?.trim();
  if (text) next.set(key, text);
  else next.delete(key);
  next.delete('page');
  return next;
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of filterKeys) next.delete(key);
  next.delete('page');
  return next;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` input shows it: local time to the minute. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (local time) as the ISO instant the API takes; `undefined` when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
