import { useEffect, useState } from 'react';
import { Button, CloseButton, EmptyState, Group, NativeSelect, Pagination, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { EndpointServiceListQuery } from '@portico/contracts/endpoint-services';
import { PageQuery } from '@portico/contracts/paging';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconSearch } from '@/components/ui/icons';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useEndpointServices } from '@/features/endpoint-services/api/list-endpoint-services';
import {
  EndpointServiceTable,
  endpointServiceColumns,
  endpointServicePath,
} from '@/features/endpoint-services/components/endpoint-service-table';
import { HuaweiProfileNote } from './huawei-profile-note';

const PAGE_SIZES = ['10', '20', '50', '100'];
const SEARCH_DEBOUNCE_MS = 300;
const ALL_STATUSES = '';
const StatusFilter = EndpointServiceListQuery.shape.status.unwrap();
const STATUS_OPTIONS = [{ value: ALL_STATUSES, label: 'All statuses' }, ...StatusFilter.options.map((status) => ({ value: status, label: status }))];

/**
 * The URL's query as it is now. The updater's own argument is the query of the render that
 * created it, which a debounced call may have outlived.
 */
const currentParams = () => new URLSearchParams(window.location.search);

/** Reads page, size, search and status from the URL with the contract's rules; bad values fall back. */
function readListParams(params: URLSearchParams) {
  const value = (key: string) => params.get(key) ?? undefined;
  const page = PageQuery.shape.page.safeParse(value('page'));
  const pageSize = PageQuery.shape.pageSize.safeParse(value('pageSize'));
  const search = EndpointServiceListQuery.shape.search.safeParse(value('search'));
  const status = StatusFilter.safeParse(value('status'));
  return {
    page: page.success ? page.data : 1,
    pageSize: pageSize.success ? pageSize.data : 20,
    search: search.success ? (search.data ?? '') : '',
    status: status.success ? status.data : undefined,
  };
}

export function EndpointServicesListRoute() {
  usePageTitle('Endpoint services');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { page, pageSize, search, status } = readListParams(params);

  const [text, setText] = useState(search);
  const searchError = EndpointServiceListQuery.shape.search.safeParse(text).error?.issues[0]?.message;
  const applySearch = useDebouncedCallback((value: string) => {
    if (!EndpointServiceListQuery.shape.search.safeParse(value).success) return;
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

  const setFilter = (changes: { page?: number; pageSize?: number; status?: string }) =>
    setParams(() => {
      const next = currentParams();
      if (changes.status !== undefined) {
        if (changes.status) next.set('status', changes.status);
        else next.delete('status');
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

  const list = useEndpointServices({ page, pageSize, search: search || undefined, status });
  const open = (id: string) => void navigate(endpointServicePath(id));

  const data = list.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const first = data && data.items.length > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? first + data.items.length - 1 : 0;
  const filtered = Boolean(search) || status !== undefined;

  let content;
  if (list.isPending) {
    content = <TableSkeleton headers={endpointServiceColumns} rows={Math.min(pageSize, 8)} label="Loading endpoint services" />;
  } else if (list.isError && !data) {
    content = <ApiErrorAlert error={list.error} title="Could not load the endpoint services" onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  } else if (data && data.items.length === 0) {
    content = filtered ? (
      <EmptyState
        title={search ? `No ${status ? `${status} service` : 'service'} matches “${search}”` : `No ${status} services`}
        description="Search looks at the names. Try fewer letters or another status."
      >
        <EmptyState.Actions>
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
      <EmptyState title="This page is empty" description={`There are ${data.total} services in all.`}>
        <EmptyState.Actions>
          <Button variant="light" onClick={() => setFilter({ page: 1 })}>
            Go to the first page
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        title="No endpoint services yet"
        description="A VPC endpoint service makes a backend (a cloud server, a virtual IP or a load balancer) reachable from other VPCs through VPC endpoints. Services are created in the Huawei Cloud console."
      />
    );
  } else if (data) {
    content = <EndpointServiceTable items={data.items} onOpen={open} stale={list.isPlaceholderData} />;
  }

  return (
    <>
      <PageHeader
        title="Endpoint services"
        description="Huawei Cloud VPC endpoint services: which ports each opens to VPC endpoints, whether connections need approval, and whether the client's address reaches the server."
        actions={<HuaweiProfileNote />}
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Group align="flex-end" gap="md" wrap="wrap">
              <TextInput
                label="Search by name"
                placeholder="Search by name"
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
                label="Status"
                data={STATUS_OPTIONS}
                value={status ?? ALL_STATUSES}
                onChange={(event) => setFilter({ status: event.currentTarget.value })}
                w={160}
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
