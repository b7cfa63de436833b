import { useState } from 'react';
import { Badge, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { AUDIT_SECRET_CHANGED, isAuditSecret } from '@portico/contracts/audit-secrets';
import { useTranslation } from 'react-i18next';
import { diffStates, summarizeDiff, type DiffKind, type DiffRow } from './diff';
import { splitLists } from './list-diff';
import { ListChangeTable } from './list-changes';

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
  changed: 'var(--mantine-color-yellow-light)',
  added: 'var(--mantine-color-teal-light)',
  removed: 'var(--mantine-color-red-light)',
};
const kindColors: Partial<Record<DiffKind, string>> = { changed: 'yellow', added: 'teal', removed: 'red' };

const fieldName = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** A value as recorded; a secret says only whether it changed, never a value. */
function Value({ row, side }: { row: DiffRow; side: 'before' | 'after' }) {
  const { t } = useTranslation();
  const value = row[side];
  if (value === undefined) {
    return (
      <Text span c="dimmed" ff="inherit" fz="inherit">
        —
      </Text>
    );
  }
  if (isAuditSecret(value)) {
    return (
      <Text span fz="sm" fs="italic" fw={value === AUDIT_SECRET_CHANGED ? 600 : 400} c={value === AUDIT_SECRET_CHANGED ? undefined : 'dimmed'}>
        {t(value === AUDIT_SECRET_CHANGED ? 'audit.diff.secretNew' : 'audit.diff.secretHidden')}
      </Text>
    );
  }
  const struck = side === 'before' && (row.kind === 'changed' || row.kind === 'removed');
  const strong = side === 'after' && (row.kind === 'changed' || row.kind === 'added');
  return (
    <Text span ff="monospace" fz="sm" td={struck ? 'line-through' : undefined} fw={strong ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  );
}

function FieldRow({ row }: { row: DiffRow }) {
  const { t } = useTranslation();
  const color = kindColors[row.kind];
  return (
    <Table.Tr data-kind={row.kind} bg={rowColors[row.kind]} c={row.kind === 'unchanged' ? 'dimmed' : undefined}>
      <Table.Td>
        <Group gap={6} wrap="wrap" align="center">
          <Text span ff="monospace" fz="sm" fw={row.kind === 'unchanged' ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
            {row.path || t('audit.diff.value')}
          </Text>
          {color && row.kind !== 'unchanged' ? (
            <Badge size="xs" color={color} variant="filled" tt="none">
              {t(`audit.diff.${row.kind}`)}
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
}

/** "2 fields changed · 1 field added", and each replaced secret by name: "Password: changed". */
function useSummary(rows: DiffRow[]): string {
  const { t } = useTranslation();
  const summary = summarizeDiff(rows);
  const secrets = rows.filter((row) => row.after === AUDIT_SECRET_CHANGED).map((row) => t('audit.diff.secretChanged', { field: fieldName(row.path) }));
  const others = summary.changed - secrets.length;
  const parts = [
    ...secrets,
    others > 0 ? t('audit.diff.changedCount', { count: others }) : null,
    summary.added ? t('audit.diff.addedCount', { count: summary.added }) : null,
    summary.removed ? t('audit.diff.removedCount', { count: summary.removed }) : null,
  ].filter(Boolean);
  return parts.join(' · ');
}

/**
 * Two states of a resource: lists compared as lists ("160 port mappings added" with their items),
 * every other field by its path, changed values highlighted (old struck through, new in bold).
 * Only what differs shows at first; the unchanged fields are a switch away.
 */
export function ChangeDiffTable({ before, after, label, beforeLabel, afterLabel, emptyText }: Props) {
  const { t } = useTranslation();
  const split = splitLists(before, after);
  const rows = diffStates(split.before, split.after);
  const summary = summarizeDiff(rows);
  const fieldSummary = useSummary(rows);
  const [onlyChanges, setOnlyChanges] = useState(true);
  const changedLists = split.lists.filter((list) => list.added.length > 0 || list.removed.length > 0);
  const lists = onlyChanges ? changedLists : split.lists;

  if (rows.length === 0 && split.lists.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText ?? t('audit.diff.noState')}
      </Text>
    );
  }
  const shown = onlyChanges ? rows.filter((row) => row.kind !== 'unchanged') : rows;
  const nothingDiffers = !fieldSummary && changedLists.length === 0;
  const hasSecrets = rows.some((row) => isAuditSecret(row.before) || isAuditSecret(row.after));

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" data-testid="diff-summary">
          {nothingDiffers ? t('audit.diff.noFieldDiffers') : fieldSummary}
          {summary.unchanged ? ` · ${t('audit.diff.unchangedCount', { count: summary.unchanged })}` : ''}
        </Text>
        {summary.unchanged || split.lists.length > changedLists.length ? (
          <Switch size="xs" label={t('audit.diff.onlyDiffers')} checked={onlyChanges} onChange={(event) => setOnlyChanges(event.currentTarget.checked)} />
        ) : null}
      </Group>
      {hasSecrets ? (
        <Text size="xs" c="dimmed">
          {t('audit.diff.secretNote')}
        </Text>
      ) : null}
      {shown.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} withTableBorder aria-label={label ?? t('audit.diff.label')} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">{t('audit.diff.field')}</Table.Th>
                <Table.Th>{beforeLabel ?? t('audit.diff.before')}</Table.Th>
                <Table.Th>{afterLabel ?? t('audit.diff.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <FieldRow key={row.path || t('audit.diff.value')} row={row} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {lists.map((list) => (
        <ListChangeTable key={list.path} list={list} />
      ))}
    </Stack>
  );
}
