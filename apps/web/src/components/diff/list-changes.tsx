import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLeaf } from './diff';
import { itemColumns, type ListChange } from './list-diff';

/** Rows shown per list before "and N more": a change of thousands of items stays readable. */
const MAX_ROWS = 200;
const knownLists = ['ports', 'whitelist', 'permissions', 'cidrs', 'apis', 'items', 'grants'] as const;

/** A list's name in the reader's language: "port mappings", else "items of <key>". */
export function useListName(): (key: string) => string {
  const { t } = useTranslation();
  return (key) => ((knownLists as readonly string[]).includes(key) ? t(`audit.lists.${key as (typeof knownLists)[number]}`) : t('audit.lists.other', { key }));
}

/** "160 port mappings added · 2 removed · 3 unchanged". */
export function useListSummary(): (list: ListChange) => string {
  const { t } = useTranslation();
  const name = useListName();
  return (list) => {
    const what = name(list.key);
    if (list.added.length === 0 && list.removed.length === 0) return t('audit.diff.listNoChange', { what });
    return [
      list.added.length ? t('audit.diff.listAdded', { count: list.added.length, what }) : null,
      list.removed.length ? t('audit.diff.listRemoved', { count: list.removed.length, what }) : null,
      list.kept ? t('audit.diff.listKept', { count: list.kept }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  };
}

const cellOf = (item: unknown, column: string | undefined) =>
  column === undefined ? formatLeaf(item) : item && typeof item === 'object' ? formatLeaf((item as Record<string, unknown>)[column]) : '';

/** One list's change: its summary, then the items added and removed, one row each. */
export function ListChangeTable({ list }: { list: ListChange }) {
  const { t } = useTranslation();
  const summary = useListSummary()(list);
  const name = useListName()(list.key);
  const rows = [...list.added.map((item) => ({ item, kind: 'added' as const })), ...list.removed.map((item) => ({ item, kind: 'removed' as const }))];
  const columns = itemColumns(rows.map((r) => r.item));
  const headers: (string | undefined)[] = columns.length > 0 ? columns : [undefined];
  return (
    <Stack gap={6} data-list={list.path}>
      <Text size="sm" fw={600}>
        {summary}
      </Text>
      {rows.length > 0 ? (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4} withTableBorder aria-label={t('audit.diff.itemsOf', { what: name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t('audit.diff.kind')}</Table.Th>
                {headers.map((column) => (
                  <Table.Th key={column ?? '(value)'}>{column ?? t('audit.diff.value')}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, MAX_ROWS).map(({ item, kind }, index) => (
                <Table.Tr key={index} data-kind={kind} bg={kind === 'added' ? 'var(--mantine-color-teal-light)' : 'var(--mantine-color-red-light)'}>
                  <Table.Td>
                    <Badge size="xs" color={kind === 'added' ? 'teal' : 'red'} variant="filled" tt="none">
                      {t(`audit.diff.${kind}`)}
                    </Badge>
                  </Table.Td>
                  {headers.map((column) => (
                    <Table.Td key={column ?? '(value)'} ff="monospace" fz="sm" td={kind === 'removed' ? 'line-through' : undefined}>
                      {cellOf(item, column)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {rows.length > MAX_ROWS ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('audit.diff.moreItems', { count: rows.length - MAX_ROWS })}
            </Text>
          ) : null}
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
