import { Paper } from '@mantine/core';
import { useNavigate } from 'react-router';
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
      <Paper withBorder radius="md" p="lg">
        <CreateVpcAuthorizationForm
          cancelTo="/vpc-authorizations"
          onCreated={(created) => {
            const state: ArrivalState = { created: true };
            void navigate(vpcAuthorizationPath(created.name), { state });
          }}
        />
      </Paper>
    </>
  );
}
