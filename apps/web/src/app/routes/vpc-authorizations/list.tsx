import { Button, EmptyState, Stack } from '@mantine/core';
import { accessOf, routes } from '@portico/contracts/routes';
import { VpcAuthorizationListQuery } from '@portico/contracts/vpc-authorizations';
import { useLocation, useNavigate } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { PastTheEnd } from '@/components/list/list-footer';
import { ListPanel } from '@/components/list/list-panel';
import { ListSearch } from '@/components/list/list-search';
import { useListUrl } from '@/components/list/use-list-url';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useVpcAuthorizations } from '@/features/vpc-authorizations/api/list-vpc-authorizations';
import { RemovalResult } from '@/features/vpc-authorizations/components/removal-result';
import {
  VpcAuthorizationTable,
  vpcAuthorizationColumns,
  vpcAuthorizationPath,
} from '@/features/vpc-authorizations/components/vpc-authorization-table';
import { RemovedState } from './navigation-state';

export function VpcAuthorizationsListRoute() {
  usePageTitle('VPC authorizations');
  const navigate = useNavigate();
  const location = useLocation();
  const list = useListUrl({ search: VpcAuthorizationListQuery.shape.search });
  const { page, pageSize, search } = list;
  const authorizations = useVpcAuthorizations({ page, pageSize, search: search || undefined });
  const removed = RemovedState.safeParse(location.state).data?.removed;
  const data = authorizations.data;

  let content;
  if (authorizations.isPending) {
    content = <TableSkeleton headers={vpcAuthorizationColumns} rows={Math.min(pageSize, 8)} label="Loading VPC authorizations" />;
  } else if (authorizations.isError && !data) {
    content = (
      <ApiErrorAlert
        error={authorizations.error}
        title="Could not load the VPC authorizations"
        onRetry={() => void authorizations.refetch()}
        retrying={authorizations.isFetching}
      />
    );
  } else if (data && data.items.length === 0) {
    content = search ? (
      <EmptyState title={`No authorization matches “${search}”`} description="Search looks at the names. Try fewer letters.">
        <EmptyState.Actions>
          <Button variant="light" onClick={list.clear}>
            Clear search
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : page > 1 ? (
      <PastTheEnd list={list} total={data.total} noun="authorizations" />
    ) : (
      <EmptyState
        title="No VPC authorizations yet"
        description="A VPC authorization lets API Gateway reach a port of an instance inside your VPC. Create one to bind APIs to a private backend."
      />
    );
  } else if (data) {
    content = <VpcAuthorizationTable items={data.items} onOpen={(name) => void navigate(vpcAuthorizationPath(name))} stale={authorizations.isPlaceholderData} />;
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
        <ListPanel list={list} query={authorizations} tools={<ListSearch list={list} />}>
          {content}
        </ListPanel>
      </Stack>
    </>
  );
}
