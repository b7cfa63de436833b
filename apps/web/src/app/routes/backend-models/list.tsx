import { Button, EmptyState, NativeSelect } from '@mantine/core';
import { BackendListQuery, BackendType } from '@portico/contracts/backend-models';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { PastTheEnd } from '@/components/list/list-footer';
import { ListPanel } from '@/components/list/list-panel';
import { ListSearch } from '@/components/list/list-search';
import { useListUrl } from '@/components/list/use-list-url';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useBackends } from '@/features/backend-models/api/list-backends';
import { BackendTable, backendColumns, backendPath } from '@/features/backend-models/components/backend-table';

const TYPE_OPTIONS = [{ value: '', label: 'All types' }, ...BackendType.options.map((type) => ({ value: type, label: type }))];

export function BackendModelsListRoute() {
  usePageTitle('Backend models');
  const navigate = useNavigate();
  const list = useListUrl({ search: BackendListQuery.shape.search, filter: { key: 'type', schema: BackendType } });
  const { page, pageSize, search, filter: type } = list;
  const backends = useBackends({ page, pageSize, search: search || undefined, type });
  const data = backends.data;

  let content;
  if (backends.isPending) {
    content = <TableSkeleton headers={backendColumns} rows={Math.min(pageSize, 8)} label="Loading backend services" />;
  } else if (backends.isError && !data) {
    content = <ApiErrorAlert error={backends.error} title="Could not load the backend services" onRetry={() => void backends.refetch()} retrying={backends.isFetching} />;
  } else if (data && data.items.length === 0) {
    content = list.narrowed ? (
      <EmptyState
        title={search ? `No ${type ? `${type} backend` : 'backend'} matches “${search}”` : `No ${type} backends`}
        description="The cloud matches whole names; * stands for any text. Try fewer letters, a * on each side, or another type."
      >
        <EmptyState.Actions>
          {search && !search.includes('*') ? (
            <Button variant="light" onClick={() => list.searchNow(`*${search}*`)}>
              Search for *{search}*
            </Button>
          ) : null}
          <Button variant="light" onClick={list.clear}>
            Clear search and filter
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : page > 1 ? (
      <PastTheEnd list={list} total={data.total} noun="backends" />
    ) : (
      <EmptyState
        title="No backend services yet"
        description="A backend service holds the backend definition APIs use, one model per stage. Backend services are created in the API Gateway console."
      />
    );
  } else if (data) {
    content = <BackendTable items={data.items} onOpen={(id) => void navigate(backendPath(id))} stale={backends.isPlaceholderData} />;
  }

  return (
    <>
      <PageHeader
        title="Backend models"
        description="A backend service's model per stage (TEST, PRE, RELEASE), checked against its backend type before it is sent. Saving a model updates the APIs published in that stage at once."
      />
      <ListPanel
        list={list}
        query={backends}
        tools={
          <>
            <ListSearch list={list} placeholder="Whole name, or * as a wildcard" />
            <NativeSelect label="Type" data={TYPE_OPTIONS} value={type ?? ''} onChange={(event) => list.setFilter(event.currentTarget.value)} w={170} />
          </>
        }
      >
        {content}
      </ListPanel>
    </>
  );
}
