/**
 * Sorting a page of rows by what a column shows. The shared table sorts the text of its cells
 * (or a cell's `<time dateTime>` / `data-sort-value`), so every list sorts by any column without
 * each feature naming fields, in any language.
 */
export type SortDirection = 'asc' | 'desc';

export interface SortState {
  column: number;
  direction: SortDirection;
}

/** What one cell sorts by: an explicit value first, else its text; a dash is "no value". */
export function cellSortValue(cell: HTMLTableCellElement | undefined): string {
  if (!cell) return '';
  const explicit = cell.dataset.sortValue ?? cell.querySelector('time')?.dateTime;
  const text = (explicit ?? cell.textContent ?? '').trim();
  return text === '—' || text === '-' ? '' : text;
}

const NUMBER = /^[-+]?\d[\d,]*(\.\d+)?$/;

type ColumnType = 'number' | 'date' | 'text';

/** A column is numeric or a date only when every value in it is, so the order stays consistent. */
function columnType(values: readonly string[]): ColumnType {
  const present = values.filter(Boolean);
  if (present.length === 0) return 'text';
  if (present.every((v) => NUMBER.test(v))) return 'number';
  // Only values that look like a date (digits and separators), never plain words.
  if (present.every((v) => /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(v) && !Number.isNaN(Date.parse(v)))) return 'date';
  return 'text';
}

function comparer(type: ColumnType, locale: string): (a: string, b: string) => number {
  if (type === 'number') return (a, b) => Number(a.replaceAll(',', '')) - Number(b.replaceAll(',', ''));
  if (type === 'date') return (a, b) => Date.parse(a) - Date.parse(b);
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return (a, b) => collator.compare(a, b);
}

/**
 * The keys of the rows in sorted order. Empty values go last either way; ties keep the order
 * the rows came in (`rank`), so sorting again gives the same order.
 */
export function sortRowKeys(rows: readonly { key: string; value: string; rank: number }[], direction: SortDirection, locale = 'en'): string[] {
  const compare = comparer(columnType(rows.map((r) => r.value)), locale);
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      if (!a.value || !b.value) return a.value === b.value ? a.rank - b.rank : a.value ? -1 : 1;
      return sign * compare(a.value, b.value) || a.rank - b.rank;
    })
    .map((r) => r.key);
}

/** Header clicks go ascending → descending → back to the order the list came in. */
export function nextSort(current: SortState | undefined, column: number): SortState | undefined {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : undefined;
}
