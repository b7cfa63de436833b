import { Children, isValidElement, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { cellSortValue, sortRowKeys, type SortState } from './sort-rows';

const cellsOf = (row: Element | undefined) => (row ? [...row.children].filter((el): el is HTMLTableCellElement => el.tagName === 'TD' || el.tagName === 'TH') : []);

/**
 * The table's rows in the order of `sort`. The rows are rendered once in the order they came,
 * their cells read before paint, and rendered again sorted: the person never sees the first
 * order. A row element that renders more than one `<tr>` leaves the table as it came.
 */
export function useSortedRows(children: ReactNode, sort: SortState | undefined, locale: string) {
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = Children.toArray(children).filter(isValidElement) as ReactElement[];
  const keys = rows.map((row) => String(row.key));
  const [order, setOrder] = useState<string[] | undefined>(undefined);
  const byKey = new Map(rows.map((row) => [String(row.key), row]));
  const usable = sort !== undefined && order !== undefined && order.length === keys.length && order.every((key) => byKey.has(key));
  const shown = usable ? order.map((key) => byKey.get(key)!) : rows;
  const shownKeys = shown.map((row) => String(row.key));
  // After every render: a cell's text can change while the rows stay (a count arriving). It sets
  // state only when the order differs, so it settles after one more render.
  useLayoutEffect(() => {
    if (!sort) return;
    const trs = body.current ? [...body.current.children].filter((el) => el.tagName === 'TR') : [];
    if (trs.length !== shownKeys.length) return;
    const rank = new Map(keys.map((key, index) => [key, index]));
    const values = shownKeys.map((key, index) => ({ key, value: cellSortValue(cellsOf(trs[index])[sort.column]), rank: rank.get(key) ?? index }));
    const next = sortRowKeys(values, sort.direction, locale);
    if (next.join('|') !== shownKeys.join('|')) setOrder(next);
  });

  return { body, rows: sort ? shown : rows };
}
