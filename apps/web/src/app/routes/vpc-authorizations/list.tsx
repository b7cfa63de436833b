import { useEffect, useState } from 'react';
import { Button, CloseButton, EmptyState, Group, NativeSelect, Pagination, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { PageQuery } from '@portico/contracts/paging';
import { accessOf, routes } from '@portico/contracts/routes';
import { VpcAuthorizationListQuery } from '@portico/contracts/vpc-authorizations';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconSearch } from '@/components/ui/icons';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useVpcAuthorizations } from '@/features/vpc-authorizations/api/list-vpc-authorizations';
import { RemovalResult } from '@/features/vpc-authorizations/components/removal-result';
import {
  VpcAuthorizationTable,
  vpcAuthorizationColumns,
  vpcAuthorizationPath,
} from '@/features/vpc-authorizations/components/vpc-authorization-table';
import { RemovedState } from './navigation-state';

const PAGE_SIZES = ['10', '20', '50', '100'];
const SEARCH_DEBOUNCE_MS = 300;

/**
 * The URL's query as it is now. The updater's own argument is the query of the render that
 * created it, which a debounced call may have outlived.
 */
const currentParams = () => new URLSearchParams(window.location.search);

/** Reads page, size and search from the URL with the contract's rules; bad values fall back. */
function readListParams(params: URLSearchParams) {
  const value = (key: string) => params.get(key) ?? undefined;
  const page = PageQuery.shape.page.safeParse(value('page'));
  const pageSize = PageQuery.shape.pageSize.safeParse(value('pageSize'));
  const search = VpcAuthorizationListQuery.shape.search.safeParse(value('search'));
  return {
    page: page.success ? page.data : 1,
    pageSize: pageSize.success ? pageSize.data : 20,
    search: search.success ? (search.data ?? '') : '',
  };
}

export function VpcAuthorizationsListRoute() {
  usePageTitle('VPC authorizations');
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const { page, pageSize, search } = readListParams(params);

  const [text, setText] = useState(search);
  const searchError = VpcAuthorizationListQuery.shape.search.safeParse(text).error?.issues[0]?.message;
  const applySearch = useDebouncedCallback((value: string) => {
    if (!VpcAuthorizationListQuery.shape.search.safeParse(value).success) return;
    setParams(
      () => {
        const next = currentParams();
        if (value.trim()) next.set('search', value.trim());
        else next.delete('search');
        next.delete('page');
        return next;
      },
      // Starting a search is a step back can undo; refining it replaces that step.
      { replace: currentParams().has('search'), state: location.state },
    );
  }, SEARCH_DEBOUNCE_MS);

  // Back/forward changes the URL's search: show it in the box (our own updates already match).
  useEffect(() => {
    setText((typed) => (typed.trim() === search ? typed : search));
  }, [search]);

  const setPaging = (changes: { page?: number; pageSize?: number }) =>
    setParams(() => {
      const next = currentParams();
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

  const list = useVpcAuthorizations({ page, pageSize, search: search || undefined });
  const removed = RemovedState.safeParse(location.state).data?.removed;
  const open = (name: string) => void navigate(vpcAuthorizationPath(name));

  const data = list.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const first = data && data.items.length > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? first + data.items.length - 1 : 0;

  let content;
  if (list.isPending) {
    content = <TableSkeleton headers={vpcAuthorizationColumns} rows={Math.min(pageSize, 8)} label="Loading VPC authorizations" />;
  } else if (list.isError && !data) {
    content = (
      <ApiErrorAlert error={list.error} title="Could not load the VPC authorizations" onRetry={() => void list.refetch()} retrying={list.isFetching} />
    );
  } else if (data && data.items.length === 0) {
    content = search ? (
      <EmptyState title={`No authorization matches “${search}”`} description="Search looks at the names. Try fewer letters.">
        <EmptyState.Actions>
          <Button
            variant="light"
            onClick={() => {
              setText('');
              applySearch.cancel();
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            Clear search
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : page > 1 ? (
      <EmptyState title="This page is empty" description={`There are ${data.total} authorizations in all.`}>
        <EmptyState.Actions>
          <Button variant="light" onClick={() => setPaging({ page: 1 })}>
            Go to the first page
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        title="No VPC authorizations yet"
        description="A VPC authorization lets API Gateway reach a port of an instance inside your VPC. Create one to bind APIs to a private backend."
      />
    );
  } else if (data) {
    content = <VpcAuthorizationTable items={data.items} onOpen={open} stale={list.isPlaceholderData} />;
  }

  return (
    <>
      <PageHeader
        title="VPC authorizations"
        description="Which backends inside a VPC API Gateway may reach: one instance and port per authorization."
        actions={
          <AccessButton access={accessOf(routes.createVpcAuthorization)} onClick={() => void navigate('/vpc-authorizations/new')}>
            Create authorization
          </AccessButton>
        }
      />
      <Stack gap="md">
        {removed ? (
          <RemovalResult
            name={removed.name}
            unboundApis={removed.unboundApis}
            onClose={() => void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null })}
          />
        ) : null}
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <Group justify="space-between" align="flex-end" wrap="wrap">
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
                    onChange={(event) => setPaging({ pageSize: Number(event.currentTarget.value) })}
                    size="xs"
                    classNames={{ root: 'portico-inline-field', wrapper: 'portico-page-size' }}
                  />
                  <Pagination
                    total={totalPages}
                    value={Math.min(page, totalPages)}
                    onChange={(value) => setPaging({ page: value })}
                    size="sm"
                    aria-label="Pages"
                    getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                  />
                </Group>
              </Group>
            ) : null}
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
