import { useState } from 'react';
import { Stack } from '@mantine/core';
import { accessOf, routes } from '@portico/contracts/routes';
import { VpcAuthorizationListQuery } from '@portico/contracts/vpc-authorizations';
import { useLocation, useNavigate } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { ListContent } from '@/components/list/list-content';
import { ListPanel } from '@/components/list/list-panel';
import { ListSearch } from '@/components/list/list-search';
import { useListUrl } from '@/components/list/use-list-url';
import { useVpcAuthorizations } from '@/features/vpc-authorizations/api/list-vpc-authorizations';
import { BulkRemoveModal } from '@/features/vpc-authorizations/components/bulk-remove-modal';
import { RemovalResult } from '@/features/vpc-authorizations/components/removal-result';
import { VpcAuthorizationTable, vpcAuthorizationColumns, vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';
import { RemovedState } from './navigation-state';

export function VpcAuthorizationsListRoute() {
  usePageTitle('VPC authorizations');
  const navigate = useNavigate();
  const location = useLocation();
  const list = useListUrl({ search: VpcAuthorizationListQuery.shape.search });
  const { page, pageSize, search } = list;
  const authorizations = useVpcAuthorizations({ page, pageSize, search: search || undefined });
  const removed = RemovedState.safeParse(location.state).data?.removed;
  const [bulk, setBulk] = useState(false);

  return (
    <>
      <PageHeader
        title="VPC authorizations"
        description="Which backends inside a VPC API Gateway may reach: one instance and port per authorization."
        actions={
          <>
            <AccessButton access={accessOf(routes.removeVpcAuthorization)} resource={{ kind: 'vpc-authorization' }} variant="default" onClick={() => setBulk(true)}>
              Remove unbound…
            </AccessButton>
            <AccessButton access={accessOf(routes.createVpcAuthorization)} resource={{ kind: 'vpc-authorization' }} onClick={() => void navigate('/vpc-authorizations/new')}>
              Create authorization
            </AccessButton>
          </>
        }
      />
      <BulkRemoveModal opened={bulk} onClose={() => setBulk(false)} items={authorizations.data?.items ?? []} />
      <Stack gap="md">
        {removed ? (
          <RemovalResult
            name={removed.name}
            unboundApis={removed.unboundApis}
            onClose={() => void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null })}
          />
        ) : null}
        <ListPanel list={list} query={authorizations} tools={<ListSearch list={list} label="Search" placeholder="Name, VPC id, instance id or port" />}>
          <ListContent
            list={list}
            query={authorizations}
            columns={vpcAuthorizationColumns}
            what="VPC authorizations"
            noun="authorizations"
            noMatch={{
              title: `No authorization matches “${search}”`,
              description: 'Search looks at the names, or finds a VPC id (vpc-…), an instance id (i-…, lb-…) or a port exactly. Try fewer letters.',
              clearLabel: 'Clear search',
            }}
            emptyDescription="A VPC authorization lets API Gateway reach a port of an instance inside your VPC. Create one to bind APIs to a private backend."
          >
            {(items) => <VpcAuthorizationTable items={items} onOpen={(name) => void navigate(vpcAuthorizationPath(name))} stale={authorizations.isPlaceholderData} />}
          </ListContent>
        </ListPanel>
      </Stack>
    </>
  );
}
