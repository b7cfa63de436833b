import { useState } from 'react';
import { Stack } from '@mantine/core';
import { accessOf, routes } from '@portico/contracts/routes';
import { VpcAuthorizationListQuery } from '@portico/contracts/vpc-authorizations';
import { useTranslation } from 'react-i18next';
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
import { useVpcAuthorizationColumns, VpcAuthorizationTable, vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';
import { RemovedState } from './navigation-state';

export function VpcAuthorizationsListRoute() {
  const { t } = useTranslation();
  const { columns } = useVpcAuthorizationColumns();
  usePageTitle(t('vpcAuthorizations.title'));
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
        title={t('vpcAuthorizations.title')}
        description={t('vpcAuthorizations.list.description')}
        actions={
          <>
            <AccessButton access={accessOf(routes.removeVpcAuthorization)} resource={{ kind: 'vpc-authorization' }} variant="default" onClick={() => setBulk(true)}>
              {t('vpcAuthorizations.list.removeUnbound')}
            </AccessButton>
            <AccessButton access={accessOf(routes.createVpcAuthorization)} resource={{ kind: 'vpc-authorization' }} onClick={() => void navigate('/vpc-authorizations/new')}>
              {t('vpcAuthorizations.list.create')}
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
        <ListPanel
          list={list}
          query={authorizations}
          tools={<ListSearch list={list} label={t('vpcAuthorizations.list.search')} placeholder={t('vpcAuthorizations.list.searchPlaceholder')} />}
        >
          <ListContent
            list={list}
            query={authorizations}
            columns={columns}
            what={t('vpcAuthorizations.list.what')}
            noun={t('vpcAuthorizations.list.noun')}
            noMatch={{
              title: t('vpcAuthorizations.list.noMatch', { search }),
              description: t('vpcAuthorizations.list.noMatchHint'),
              clearLabel: t('vpcAuthorizations.list.clearSearch'),
            }}
            emptyDescription={t('vpcAuthorizations.list.empty')}
          >
            {(items) => <VpcAuthorizationTable items={items} onOpen={(name) => void navigate(vpcAuthorizationPath(name))} stale={authorizations.isPlaceholderData} />}
          </ListContent>
        </ListPanel>
      </Stack>
    </>
  );
}
