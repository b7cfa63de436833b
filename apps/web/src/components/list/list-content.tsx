import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState } from '@mantine/core';
import type { Page } from '@portico/contracts/paging';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { PastTheEnd } from './list-footer';
import type { ListUrl } from './use-list-url';

interface ListContentQuery<T> {
  data: Page<T> | undefined;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  isFetching: boolean;
  refetch: () => unknown;
}

interface ListContentProps<T> {
  list: ListUrl;
  query: ListContentQuery<T>;
  /** The table's headers: the skeleton shows them so the page does not jump when rows arrive. */
  columns: string[];
  /** The rows in plural, e.g. `backend services`: "Loading …", "Could not load the …", "No … yet". */
  what: string;
  /** The short plural of "There are 73 backends in all." on a page past the end. */
  noun: string;
  /** A search or filter that matches nothing: why, and ways out besides clearing it. */
  noMatch: { title: string; description: string; actions?: ReactNode; clearLabel?: string };
  /** What these rows are and where they are created, for a list with none at all. */
  emptyDescription: string;
  /** The table of one page of rows. */
  children: (items: T[]) => ReactNode;
}

/**
 * What a list screen shows inside its frame: the skeleton, the failure with Retry, why a page is
 * empty (no match, past the end, none yet) or the rows. Rows already shown stay through a failed
 * refresh (the frame says it failed).
 */
export function ListContent<T>({ list, query, columns, what, noun, noMatch, emptyDescription, children }: ListContentProps<T>) {
  const { t } = useTranslation();
  const { data } = query;
  if (query.isPending) return <TableSkeleton headers={columns} rows={Math.min(list.pageSize, 8)} label={t('list.loading', { what })} />;
  if (!data) {
    return query.isError ? (
      <ApiErrorAlert error={query.error} title={t('list.loadFailed', { what })} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    ) : null;
  }
  if (data.items.length > 0) return children(data.items);
  if (list.narrowed) {
    return (
      <EmptyState title={noMatch.title} description={noMatch.description}>
        <EmptyState.Actions>
          {noMatch.actions}
          <Button variant="light" onClick={list.clear}>
            {noMatch.clearLabel ?? t('list.clearSearchAndFilter')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (list.page > 1) return <PastTheEnd list={list} total={data.total} noun={noun} />;
  return <EmptyState title={t('list.noneYet', { what })} description={emptyDescription} />;
}
