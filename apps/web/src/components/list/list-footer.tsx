import { Button, EmptyState, Group, NativeSelect, Pagination, Text } from '@mantine/core';
import type { Page } from '@portico/contracts/paging';
import type { ListUrl } from './use-list-url';

const PAGE_SIZES = ['10', '20', '50', '100'];

/** "Showing 21–40 of 73", rows per page and the pages; nothing when the list is empty. */
export function ListFooter({ list, data }: { list: ListUrl; data: Page<unknown> | undefined }) {
  if (!data || data.total === 0) return null;
  const totalPages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const first = data.items.length > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = first + data.items.length - 1;
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        Showing {first}–{last} of {data.total}
      </Text>
      <Group gap="md" wrap="wrap">
        <NativeSelect
          label="Rows per page"
          data={PAGE_SIZES}
          value={String(list.pageSize)}
          onChange={(event) => list.setPageSize(Number(event.currentTarget.value))}
          size="xs"
          classNames={{ root: 'portico-inline-field', wrapper: 'portico-page-size' }}
        />
        <Pagination
          total={totalPages}
          value={Math.min(list.page, totalPages)}
          onChange={list.setPage}
          size="sm"
          aria-label="Pages"
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
        />
      </Group>
    </Group>
  );
}

/** A page past the end (an old link, rows removed meanwhile): say so and offer the first page. */
export function PastTheEnd({ list, total, noun }: { list: ListUrl; total: number; noun: string }) {
  return (
    <EmptyState title="This page is empty" description={`There are ${total} ${noun} in all.`}>
      <EmptyState.Actions>
        <Button variant="light" onClick={() => list.setPage(1)}>
          Go to the first page
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
