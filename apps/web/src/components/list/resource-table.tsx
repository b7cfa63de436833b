import type { ReactNode } from 'react';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

interface ResourceTableProps {
  /** The table's accessible name. */
  label: string;
  columns: readonly string[];
  /** Columns whose numbers line up on the right. */
  numeric?: ReadonlySet<string>;
  minWidth: number;
  /** Dims the rows while the next page, search or filter loads in their place. */
  stale: boolean;
  children: ReactNode;
}

/** The table of a resource list: a header from its columns, one `ResourceRow` per resource. */
export function ResourceTable({ label, columns, numeric, minWidth, stale, children }: ResourceTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={label} aria-busy={stale} opacity={stale ? 0.6 : 1}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} ta={numeric?.has(column) ? 'right' : undefined} className="portico-nowrap">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
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
  return (
    <Table.Td ta="right">
      {value === null ? (
        <Text span c="dimmed" title="The count could not be fetched">
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
