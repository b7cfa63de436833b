import { Paper } from '@mantine/core';
import { accessOf, routes } from '@portico/contracts/routes';
import { useNavigate } from 'react-router';
import { RequireAccess } from '@/components/auth/require-access';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { CreateVpcAuthorizationForm } from '@/features/vpc-authorizations/components/create-vpc-authorization-form';
import { vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';
import type { ArrivalState } from './navigation-state';

export function CreateVpcAuthorizationRoute() {
  usePageTitle('Create VPC authorization');
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Create VPC authorization"
        description="Authorizes API Gateway to reach one port of an ECS or SLB instance inside a VPC (SetVpcAccess)."
        crumbs={[{ label: 'VPC authorizations', to: '/vpc-authorizations' }, { label: 'Create' }]}
      />
      <RequireAccess
        access={accessOf(routes.createVpcAuthorization)}
        resource={{ kind: 'vpc-authorization' }}
        backTo={{ label: 'Back to the list', to: '/vpc-authorizations' }}
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
