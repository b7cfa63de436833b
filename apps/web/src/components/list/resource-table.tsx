import type { ReactNode } from 'react';
import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nextSort, type SortState } from './sort-rows';
import { useSortedRows } from './sorted-rows';
import { useTableSort } from './use-table-sort';

interface ResourceTableProps {
  /** The table's accessible name. */
  label: string;
  columns: readonly string[];
  /** Columns whose numbers line up on the right. */
  numeric?: ReadonlySet<string>;
  minWidth: number;
  /** Dims the rows while the next page, search or filter loads in their place. */
  stale: boolean;
  /** Every column sorts by what it shows unless a list says otherwise (a table that is not a list). */
  sortable?: boolean;
  /** Columns that hold controls rather than values (row actions); a column without a header is one too. */
  unsortable?: ReadonlySet<string>;
  /** Names the table's sort in the URL when a screen shows more than one sortable table. */
  sortName?: string;
  children: ReactNode;
}

const ariaSort = (sort: SortState | undefined, column: number) => (sort?.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none');

/** A header that sorts its column: ▲ ascending, ▼ descending, ↕ not sorted by it. */
function SortHeader({ label, column, sort, onSort, right }: { label: string; column: number; sort: SortState | undefined; onSort: (column: number) => void; right: boolean }) {
  const { t } = useTranslation();
  const state = ariaSort(sort, column);
  const mark = state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕';
  return (
    <Table.Th ta={right ? 'right' : undefined} className="portico-nowrap" aria-sort={state}>
      <UnstyledButton
        onClick={() => onSort(column)}
        fw={700}
        fz="sm"
        title={t(state === 'ascending' ? 'list.sort.descending' : state === 'descending' ? 'list.sort.clear' : 'list.sort.ascending', { column: label })}
      >
        {label}{' '}
        <Text span fz="xs" c={state === 'none' ? 'dimmed' : undefined} aria-hidden>
          {mark}
        </Text>
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * The table of a resource list: a header from its columns, one `ResourceRow` per resource.
 * A header click sorts the page by that column (the order is in the URL): the clouds page
 * their lists and sort none of them, so the rows shown are the page the cloud returned, sorted.
 */
export function ResourceTable({ label, columns, numeric, minWidth, stale, sortable = true, unsortable, sortName, children }: ResourceTableProps) {
  const { i18n } = useTranslation();
  const { sort, setSort } = useTableSort(sortName);
  const sortsBy = (column: string | undefined) => sortable && column !== undefined && column !== '' && !unsortable?.has(column);
  const active = sort && sortsBy(columns[sort.column]) ? sort : undefined;
  const { body, rows } = useSortedRows(children, active, i18n.language);
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={label} aria-busy={stale} opacity={stale ? 0.6 : 1}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) =>
              sortsBy(column) ? (
                <SortHeader key={index} label={column} column={index} sort={active} onSort={(c) => setSort(nextSort(active, c))} right={numeric?.has(column) ?? false} />
              ) : (
                <Table.Th key={index} ta={numeric?.has(column) ? 'right' : undefined} className="portico-nowrap">
                  {column}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body}>{rows}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A resource's row: its name links to it, and a click anywhere on the row opens it too. */
export function ResourceRow({ name, to, onOpen, children }: { name: string; to: string; onOpen: () => void; children: ReactNode }) {
  return (
    <Table.Tr onClick={onOpen} className="portico-clickable-row">
      <Table.Td className="portico-nowrap">
        {/* The link makes the row reachable by keyboard; the row click is a shortcut. */}
        <Anchor component={Link} to={to} fw={500} onClick={(e) => e.stopPropagation()}>
          {name}
        </Anchor>
      </Table.Td>
      {children}
    </Table.Tr>
  );
}

/** A count the BFF could not fetch is null: a dash that says so, not a zero. */
export function CountCell({ value }: { value: number | null }) {
  const { t } = useTranslation();
  return (
    <Table.Td ta="right">
      {value === null ? (
        <Text span c="dimmed" title={t('list.countUnknown')}>
          —
        </Text>
      ) : (
        value
      )}
    </Table.Td>
  );
}

export function DescriptionCell({ text }: { text: string | undefined }) {
  return (
    <Table.Td>
      {text ? (
        <Text span size="sm" lineClamp={2}>
          {text}
        </Text>
      ) : (
        <Text span c="dimmed">
          —
        </Text>
      )}
    </Table.Td>
  );
}
