import { Button, EmptyState, NativeSelect } from '@mantine/core';
import { IpControlListQuery, IpControlType } from '@portico/contracts/ip-controls';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { PastTheEnd } from '@/components/list/list-footer';
import { ListPanel } from '@/components/list/list-panel';
import { ListSearch } from '@/components/list/list-search';
import { useListUrl } from '@/components/list/use-list-url';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useIpControls } from '@/features/ip-controls/api/list-ip-controls';
import { IpControlTable, ipControlColumns, ipControlPath } from '@/features/ip-controls/components/ip-control-table';

const TYPE_OPTIONS = [{ value: '', label: 'All types' }, ...IpControlType.options.map((type) => ({ value: type, label: type }))];

export function IpAccessControlListRoute() {
  usePageTitle('IP access control');
  const navigate = useNavigate();
  const list = useListUrl({ search: IpControlListQuery.shape.search, filter: { key: 'type', schema: IpControlType } });
  const { page, pageSize, search, filter: type } = list;
  const lists = useIpControls({ page, pageSize, search: search || undefined, type });
  const data = lists.data;

  let content;
  if (lists.isPending) {
    content = <TableSkeleton headers={ipControlColumns} rows={Math.min(pageSize, 8)} label="Loading IP access control lists" />;
  } else if (lists.isError && !data) {
    content = <ApiErrorAlert error={lists.error} title="Could not load the IP access control lists" onRetry={() => void lists.refetch()} retrying={lists.isFetching} />;
  } else if (data && data.items.length === 0) {
    content = list.narrowed ? (
      <EmptyState
        title={search ? `No ${type ? `${type} list` : 'list'} matches “${search}”` : `No ${type} lists`}
        description="Search looks at the names. Try fewer letters or another type."
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={list.clear}>
            Clear search and filter
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : page > 1 ? (
      <PastTheEnd list={list} total={data.total} noun="lists" />
    ) : (
      <EmptyState
        title="No IP access control lists yet"
        description="An ACL allows or refuses calls to the APIs it is bound to by the caller's address. Lists are created and bound in the API Gateway console."
      />
    );
  } else if (data) {
    content = <IpControlTable items={data.items} onOpen={(id) => void navigate(ipControlPath(id))} stale={lists.isPlaceholderData} />;
  }

  return (
    <>
      <PageHeader
        title="IP access control"
        description="Allow and deny lists of addresses and CIDR blocks, and the APIs each list guards. A change to a list takes effect at once on every API bound to it."
      />
      <ListPanel
        list={list}
        query={lists}
        tools={
          <>
            <ListSearch list={list} />
            <NativeSelect label="Type" data={TYPE_OPTIONS} value={type ?? ''} onChange={(event) => list.setFilter(event.currentTarget.value)} w={140} />
          </>
        }
      >
        {content}
      </ListPanel>
    </>
  );
}
