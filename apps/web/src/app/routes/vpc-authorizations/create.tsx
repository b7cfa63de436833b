import { Paper } from '@mantine/core';
import { accessOf, routes } from '@portico/contracts/routes';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireAccess } from '@/components/auth/require-access';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { CreateVpcAuthorizationForm } from '@/features/vpc-authorizations/components/create-vpc-authorization-form';
import { vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';
import type { ArrivalState } from './navigation-state';

export function CreateVpcAuthorizationRoute() {
  const { t } = useTranslation();
  usePageTitle(t('vpcAuthorizations.create.title'));
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('vpcAuthorizations.create.title')}
        description={t('vpcAuthorizations.create.description')}
        crumbs={[{ label: t('vpcAuthorizations.title'), to: '/vpc-authorizations' }, { label: t('vpcAuthorizations.create.crumb') }]}
      />
      <RequireAccess
        access={accessOf(routes.createVpcAuthorization)}
        resource={{ kind: 'vpc-authorization' }}
        backTo={{ label: t('vpcAuthorizations.backToList'), to: '/vpc-authorizations' }}
      >
        <Paper withBorder radius="md" p="lg">
          <CreateVpcAuthorizationForm
            cancelTo="/vpc-authorizations"
            onCreated={(created) => {
              const state: ArrivalState = { created: true };
              void navigate(vpcAuthorizationPath(created.name), { state });
            }}
          />
        </Paper>
      </RequireAccess>
    </>
  );
}
