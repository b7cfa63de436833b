import { Paper } from '@mantine/core';
import { accessOf, routes } from '@portico/contracts/routes';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RequireAccess } from '@/components/auth/require-access';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { useVpcAuthorization } from '@/features/vpc-authorizations/api/get-vpc-authorization';
import { EditVpcAuthorizationForm } from '@/features/vpc-authorizations/components/edit-vpc-authorization-form';
import { vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';
import { AuthorizationLoadError, AuthorizationSkeleton } from './load-state';
import type { ArrivalState } from './navigation-state';

export function EditVpcAuthorizationRoute() {
  const { t } = useTranslation();
  const name = useParams().name ?? '';
  usePageTitle(t('vpcAuthorizations.edit.title', { name }));
  const detailPath = vpcAuthorizationPath(name);

  return (
    <>
      <PageHeader
        title={t('vpcAuthorizations.edit.title', { name })}
        description={t('vpcAuthorizations.edit.description')}
        crumbs={[{ label: t('vpcAuthorizations.title'), to: '/vpc-authorizations' }, { label: name, to: detailPath }, { label: t('vpcAuthorizations.edit.crumb') }]}
      />
      <RequireAccess
        access={accessOf(routes.modifyVpcAuthorization)}
        resource={{ kind: 'vpc-authorization', name }}
        backTo={{ label: t('vpcAuthorizations.backTo', { name }), to: detailPath }}
      >
        <EditAuthorization name={name} />
      </RequireAccess>
    </>
  );
}

function EditAuthorization({ name }: { name: string }) {
  const navigate = useNavigate();
  const detail = useVpcAuthorization(name);
  const detailPath = vpcAuthorizationPath(name);

  if (detail.isPending) return <AuthorizationSkeleton />;
  if (detail.isError) {
    return <AuthorizationLoadError name={name} error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />;
  }

  return (
    <Paper withBorder radius="md" p="lg">
      <EditVpcAuthorizationForm
        authorization={detail.data.authorization}
        boundApis={detail.data.boundApis}
        cancelTo={detailPath}
        onSaved={(result, values) => {
          const search = result.task ? `?task=${encodeURIComponent(result.task.id)}` : '';
          const state: ArrivalState = { saved: { needBatchWork: values.needBatchWork, task: Boolean(result.task) } };
          void navigate(`${detailPath}${search}`, { state });
        }}
      />
    </Paper>
  );
}
