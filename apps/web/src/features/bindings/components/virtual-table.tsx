import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Text, UnstyledButton } from '@mantine/core';
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';

export interface VirtualTableProps<T> {
  /** The table's accessible name. */
  label: string;
  rows: T[];
  columns: ColumnDef<T>[];
  rowId: (row: T) => string;
  /** CSS grid column widths, one per column ("minmax(160px, 1.2fr) 96px …"). */
  template: string;
  /** Below this, the table scrolls sideways rather than squeezing its columns. */
  minWidth: number;
  height: number;
  rowHeight?: number;
  initialSorting?: SortingState;
  /** Shown instead of rows when there are none. */
  empty: ReactNode;
  /** A row to bring into view and mark (e.g. the one filtered to). */
  selectedId?: string | undefined;
  /**
   * Rows kept by the server: `rows` is what has arrived (from the first), `total` how many there
   * are, and the server sorts. Rows not yet here are drawn as placeholders and asked for.
   */
  server?: { total: number; sorting: SortingState; onSortingChange: (sorting: SortingState) => void; onNeedRows: () => void; loadingLabel: string };
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A table that stays quick at 10,000 rows: sorted by TanStack Table, and only the rows in view
 * (plus a few) are in the page, by TanStack Virtual. It is a CSS grid with table roles, so
 * screen readers still read a table with its row count and each row's index.
 */
export function VirtualTable<T>({
  label,
  rows,
  columns,
  rowId,
  template,
  minWidth,
  height,
  rowHeight = 40,
  initialSorting = [],
  empty,
  selectedId,
  server,
}: VirtualTableProps<T>) {
  const [ownSorting, setOwnSorting] = useState<SortingState>(initialSorting);
  const sorting = server ? server.sorting : ownSorting;
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: (update) => {
      const next = typeof update === 'function' ? update(sorting) : update;
      if (server) server.onSortingChange(next);
      else setOwnSorting(next);
    },
    manualSorting: server !== undefined,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => rowId(row),
  });
  const sorted = table.getRowModel().rows;
  const count = server ? server.total : sorted.length;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // Rows beyond the view are drawn ahead for scrolling; each costs the first paint (a bindings
    // row is nine cells with links and tooltips), so a few, not a screenful.
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const lastInView = items.at(-1)?.index ?? 0;
  const needRows = server?.onNeedRows;
  // Ask for the next page a screen before the rows run out.
  useEffect(() => {
    if (needRows && lastInView + 30 >= sorted.length && sorted.length < count) needRows();
  }, [needRows, lastInView, sorted.length, count]);
  const headerHeight = 40;

  return (
    <div
      ref={scroller}
      className="portico-vtable"
      style={{ height, ['--vtable-template' as string]: template, ['--vtable-row' as string]: `${rowHeight}px` }}
      tabIndex={0}
      role="table"
      aria-label={label}
      aria-rowcount={count + 1}
      aria-colcount={columns.length}
    >
      <div style={{ minWidth }}>
        <div role="rowgroup" className="portico-vtable-head" style={{ height: headerHeight }}>
          {table.getHeaderGroups().map((group) => (
            <div role="row" aria-rowindex={1} key={group.id} className="portico-vtable-row">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const title = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <div role="columnheader" key={header.id} aria-sort={sorted ? ariaSort[sorted] : 'none'} className="portico-vtable-cell">
                    {header.column.getCanSort() ? (
                      <UnstyledButton onClick={header.column.getToggleSortingHandler()} className="portico-vtable-sort">
                        <Text span size="sm" fw={600}>
                          {title}
                        </Text>
                        <Text span size="xs" c={sorted ? undefined : 'dimmed'} aria-hidden>
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}
                        </Text>
                      </UnstyledButton>
                    ) : (
                      <Text span size="sm" fw={600}>
                        {title}
                      </Text>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {count === 0 ? (
          <div className="portico-vtable-empty">{empty}</div>
        ) : (
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = sorted[item.index];
              if (!row)
                return (
                  <div
                    role="row"
                    key={`pending-${item.index}`}
                    aria-rowindex={item.index + 2}
                    aria-busy="true"
                    className="portico-vtable-row"
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <div role="cell" className="portico-vtable-cell">
                      <Text span size="sm" c="dimmed">
                        {server?.loadingLabel}
                      </Text>
                    </div>
                  </div>
                );
              return (
                <div
                  role="row"
                  key={row.id}
                  aria-rowindex={item.index + 2}
                  aria-selected={selectedId !== undefined ? row.id === selectedId : undefined}
                  className="portico-vtable-row portico-vtable-body-row"
                  data-selected={row.id === selectedId || undefined}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {row.getVisibleCells().map((cell) => (
                    <div role="cell" key={cell.id} className="portico-vtable-cell">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
