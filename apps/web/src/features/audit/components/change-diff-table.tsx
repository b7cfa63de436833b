import { useState } from 'react';
import { Badge, Group, Switch, Table, Text } from '@mantine/core';
import { plural } from '@/lib/format';
import { diffStates, summarizeDiff, type DiffKind, type DiffRow } from '../utils/diff';

interface Props {
  before: unknown;
  after: unknown;
  /** The table's accessible name. */
  label?: string;
  beforeLabel?: string;
  afterLabel?: string;
  /** Said when neither side has any state. */
  emptyText?: string;
}

const rowColors: Partial<Record<DiffKind, string>> = {
  changed: 'var(--mantine-color-yellow-0)',
  added: 'var(--mantine-color-teal-0)',
  removed: 'var(--mantine-color-red-0)',
};

const kindBadges: Partial<Record<DiffKind, { color: string; label: string }>> = {
  changed: { color: 'yellow', label: 'changed' },
  added: { color: 'teal', label: 'added' },
  removed: { color: 'red', label: 'removed' },
};

const none = (
  <Text span c="dimmed" ff="inherit" fz="inherit">
    —
  </Text>
);

function Value({ row, side }: { row: DiffRow; side: 'before' | 'after' }) {
  const value = row[side];
  if (value === undefined) return none;
  const struck = side === 'before' && (row.kind === 'changed' || row.kind === 'removed');
  const strong = side === 'after' && (row.kind === 'changed' || row.kind === 'added');
  return (
    <Text span ff="monospace" fz="sm" td={struck ? 'line-through' : undefined} fw={strong ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  );
}

/**
 * Two states of a resource field by field: changed values highlighted (old struck through, new
 * in bold), added and removed fields marked, nested fields by path (`cidrs.0`).
 */
export function ChangeDiffTable({ before, after, label = 'Changes', beforeLabel = 'Before', afterLabel = 'After', emptyText = 'No state was recorded.' }: Props) {
  const rows = diffStates(before, after);
  const summary = summarizeDiff(rows);
  const [onlyChanges, setOnlyChanges] = useState(false);

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  const shown = onlyChanges ? rows.filter((row) => row.kind !== 'unchanged') : rows;
  const parts = [
    summary.changed ? `${summary.changed} changed` : null,
    summary.added ? `${summary.added} added` : null,
    summary.removed ? `${summary.removed} removed` : null,
  ].filter(Boolean);

  return (
    <>
      <Group justify="space-between" mb="xs" gap="sm">
        <Text size="sm" c="dimmed">
          {parts.length ? parts.join(' · ') : 'No field differs'}
          {summary.unchanged ? ` · ${plural(summary.unchanged, 'field')} unchanged` : ''}
        </Text>
        {summary.unchanged && rows.length > summary.unchanged ? (
          <Switch size="xs" label="Only what differs" checked={onlyChanges} onChange={(event) => setOnlyChanges(event.currentTarget.checked)} />
        ) : null}
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} withTableBorder aria-label={label} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">Field</Table.Th>
              <Table.Th>{beforeLabel}</Table.Th>
              <Table.Th>{afterLabel}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => {
              const badge = kindBadges[row.kind];
              return (
                <Table.Tr key={row.path || '(value)'} data-kind={row.kind} bg={rowColors[row.kind]} c={row.kind === 'unchanged' ? 'dimmed' : undefined}>
                  <Table.Td>
                    <Group gap={6} wrap="wrap" align="center">
                      <Text span ff="monospace" fz="sm" fw={row.kind === 'unchanged' ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
                        {row.path || '(value)'}
                      </Text>
                      {badge ? (
                        <Badge size="xs" color={badge.color} variant="filled" tt="none">
                          {badge.label}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Value row={row} side="before" />
                  </Table.Td>
                  <Table.Td>
                    <Value row={row} side="after" />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
