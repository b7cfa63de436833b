import { Button, EmptyState, Group, NativeSelect, Pagination, Text } from '@mantine/core';
import type { Page } from '@portico/contracts/paging';
import { useTranslation } from 'react-i18next';
import type { ListUrl } from './use-list-url';

const PAGE_SIZES = ['10', '20', '50', '100'];

/** "Showing 21–40 of 73", rows per page and the pages; nothing when the list is empty. */
export function ListFooter({ list, data }: { list: ListUrl; data: Page<unknown> | undefined }) {
  const { t } = useTranslation();
  if (!data || data.total === 0) return null;
  const totalPages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const first = data.items.length > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = first + data.items.length - 1;
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('list.showing', { first, last, total: data.total })}
      </Text>
      <Group gap="md" wrap="wrap">
        <NativeSelect
          label={t('list.rowsPerPage')}
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
          aria-label={t('list.pages')}
          getControlProps={(control) => ({ 'aria-label': t(`list.pageControl.${control}`) })}
        />
      </Group>
    </Group>
  );
}

/** A page past the end (an old link, rows removed meanwhile): say so and offer the first page. */
export function PastTheEnd({ list, total, noun }: { list: ListUrl; total: number; noun: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('list.pageEmpty')} description={t('list.inAll', { count: total, noun })}>
      <EmptyState.Actions>
        <Button variant="light" onClick={() => list.setPage(1)}>
          {t('list.firstPage')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
