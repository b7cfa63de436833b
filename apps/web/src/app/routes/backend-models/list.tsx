import { useEffect, useState } from 'react';
import { Button, CloseButton, EmptyState, Group, NativeSelect, Pagination, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { BackendListQuery, BackendType } from '@portico/contracts/backend-models';
import { PageQuery } from '@portico/contracts/paging';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconSearch } from '@/components/ui/icons';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useBackends } from '@/features/backend-models/api/list-backends';
import { BackendTable, backendColumns, backendPath } from '@/features/backend-models/components/backend-table';

const PAGE_SIZES = ['10', '20', '50', '100'];
const SEARCH_DEBOUNCE_MS = 300;
const ALL_TYPES = '';
const TYPE_OPTIONS = [{ value: ALL_TYPES, label: 'All types' }, ...BackendType.options.map((type) => ({ value: type, label: type }))];

/**
 * The URL's query as it is now. The updater's own argument is the query of the render that
 * created it, which a debounced call may have outlived.
 */
const currentParams = () => new URLSearchParams(window.location.search);

/** Reads page, size, search and type from the URL with the contract's rules; bad values fall back. */
function readListParams(params: URLSearchParams) {
  const value = (key: string) => params.get(key) ?? undefined;
  const page = PageQuery.shape.page.safeParse(value('page'));
  const pageSize = PageQuery.shape.pageSize.safeParse(value('pageSize'));
  const search = BackendListQuery.shape.search.safeParse(value('search'));
  const type = BackendType.safeParse(value('type'));
  return {
    page: page.success ? page.data : 1,
    pageSize: pageSize.success ? pageSize.data : 20,
    search: search.success ? (search.data ?? '') : '',
    type: type.success ? type.data : undefined,
  };
}

export function BackendModelsListRoute() {
  usePageTitle('Backend models');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { page, pageSize, search, type } = readListParams(params);

  const [text, setText] = useState(search);
  const searchError = BackendListQuery.shape.search.safeParse(text).error?.issues[0]?.message;
  const applySearch = useDebouncedCallback((value: string) => {
    if (!BackendListQuery.shape.search.safeParse(value).success) return;
    setParams(
      () => {
        const next = currentParams();
        if (value.trim()) next.set('search', value.trim());
        else next.delete('search');
        next.delete('page');
        return next;
      },
      // Starting a search is a step back can undo; refining it replaces that step.
      { replace: currentParams().has('search') },
    );
  }, SEARCH_DEBOUNCE_MS);

  // Back/forward changes the URL's search: show it in the box (our own updates already match).
  useEffect(() => {
    setText((typed) => (typed.trim() === search ? typed : search));
  }, [search]);

  const setFilter = (changes: { page?: number; pageSize?: number; type?: string }) =>
    setParams(() => {
      const next = currentParams();
      if (changes.type !== undefined) {
        if (changes.type) next.set('type', changes.type);
        else next.delete('type');
        next.delete('page');
      }
      if (changes.pageSize !== undefined) {
        next.set('pageSize', String(changes.pageSize));
        next.delete('page');
      }
      if (changes.page !== undefined) {
        if (changes.page > 1) next.set('page', String(changes.page));
        else next.delete('page');
      }
      return next;
    });

  const list = useBackends({ page, pageSize, search: search || undefined, type });
  const open = (id: string) => void navigate(backendPath(id));

  const data = list.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const first = data && data.items.length > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? first + data.items.length - 1 : 0;
  const filtered = Boolean(search) || type !== undefined;

  let content;
  if (list.isPending) {
    content = <TableSkeleton headers={backendColumns} rows={Math.min(pageSize, 8)} label="Loading backend services" />;
  } else if (list.isError && !data) {
    content = <ApiErrorAlert error={list.error} title="Could not load the backend services" onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  } else if (data && data.items.length === 0) {
    content = filtered ? (
      <EmptyState
        title={search ? `No ${type ? `${type} backend` : 'backend'} matches “${search}”` : `No ${type} backends`}
        description="The cloud matches whole names; * stands for any text. Try fewer letters, a * on each side, or another type."
      >
        <EmptyState.Actions>
          {search && !search.includes('*') ? (
            <Button
              variant="light"
              onClick={() => {
                setText(`*${search}*`);
                applySearch(`*${search}*`);
                applySearch.flush();
              }}
            >
              Search for *{search}*
            </Button>
          ) : null}
          <Button
            variant="light"
            onClick={() => {
              setText('');
              applySearch.cancel();
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            Clear search and filter
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : page > 1 ? (
      <EmptyState title="This page is empty" description={`There are ${data.total} backends in all.`}>
        <EmptyState.Actions>
          <Button variant="light" onClick={() => setFilter({ page: 1 })}>
            Go to the first page
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        title="No backend services yet"
        description="A backend service holds the backend definition APIs use, one model per stage. Backend services are created in the API Gateway console."
      />
    );
  } else if (data) {
    content = <BackendTable items={data.items} onOpen={open} stale={list.isPlaceholderData} />;
  }

  return (
    <>
      <PageHeader
        title="Backend models"
        description="A backend service's model per stage (TEST, PRE, RELEASE), checked against its backend type before it is sent. Saving a model updates the APIs published in that stage at once."
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Group align="flex-end" gap="md" wrap="wrap">
              <TextInput
                label="Search by name"
                placeholder="Whole name, or * as a wildcard"
                leftSection={<IconSearch size={16} />}
                value={text}
                error={searchError ? `Search ${searchError}` : undefined}
                onChange={(event) => {
                  setText(event.currentTarget.value);
                  applySearch(event.currentTarget.value);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') applySearch.flush();
                }}
                rightSection={
                  text ? (
                    <CloseButton
                      size="sm"
                      aria-label="Clear search"
                      onClick={() => {
                        setText('');
                        applySearch('');
                        applySearch.flush();
                      }}
                    />
                  ) : null
                }
                w={{ base: '100%', sm: 340 }}
                type="search"
                autoComplete="off"
              />
              <NativeSelect
                label="Type"
                data={TYPE_OPTIONS}
                value={type ?? ALL_TYPES}
                onChange={(event) => setFilter({ type: event.currentTarget.value })}
                w={170}
              />
            </Group>
            {list.isError && data ? (
              <Text size="sm" c="red.7" role="alert">
                Could not refresh: {list.error.message}
              </Text>
            ) : null}
          </Group>
          {content}
          {data && data.total > 0 ? (
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                Showing {first}–{last} of {data.total}
              </Text>
              <Group gap="md" wrap="wrap">
                <NativeSelect
                  label="Rows per page"
                  data={PAGE_SIZES}
                  value={String(pageSize)}
                  onChange={(event) => setFilter({ pageSize: Number(event.currentTarget.value) })}
                  size="xs"
                  classNames={{ root: 'portico-inline-field', wrapper: 'portico-page-size' }}
                />
                <Pagination
                  total={totalPages}
                  value={Math.min(page, totalPages)}
                  onChange={(value) => setFilter({ page: value })}
                  size="sm"
                  aria-label="Pages"
                  getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                />
              </Group>
            </Group>
          ) : null}
        </Stack>
      </Paper>
    </>
  );
}
