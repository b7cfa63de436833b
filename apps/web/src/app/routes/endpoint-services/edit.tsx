import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accessOf, routes } from '@portico/contracts/routes';
import { useNavigate, useParams } from 'react-router';
import { RequireAccess } from '@/components/auth/require-access';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { useEndpointService } from '@/features/endpoint-services/api/get-endpoint-service';
import { EditEndpointServiceForm } from '@/features/endpoint-services/components/edit-endpoint-service-form';
import { endpointServicePath } from '@/features/endpoint-services/components/endpoint-service-table';
import { EndpointServiceLoadError, EndpointServiceSkeleton } from './load-state';
import type { SavedState } from './navigation-state';

export function EditEndpointServiceRoute() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const detail = useEndpointService(id);
  const name = detail.data?.service.serviceName || id;
  usePageTitle(t('endpointServices.edit.title', { name }));
  const detailPath = endpointServicePath(id);

  return (
    <>
      <PageHeader
        title={t('endpointServices.edit.title', { name })}
        description={t('endpointServices.edit.description')}
        crumbs={[{ label: t('endpointServices.title'), to: '/endpoint-services' }, { label: name, to: detailPath }, { label: t('endpointServices.detail.edit') }]}
      />
      <RequireAccess
        access={accessOf(routes.updateEndpointService)}
        resource={{ kind: 'endpoint-service' }}
        backTo={{ label: t('endpointServices.edit.backTo', { name }), to: detailPath }}
      >
        <EditService id={id} />
      </RequireAccess>
    </>
  );
}

function EditService({ id }: { id: string }) {
  const navigate = useNavigate();
  const detail = useEndpointService(id);
  const detailPath = endpointServicePath(id);

  if (detail.isPending) return <EndpointServiceSkeleton />;
  if (detail.isError) {
    return <EndpointServiceLoadError id={id} error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />;
  }

  return (
    <Paper withBorder radius="md" p="lg">
      <EditEndpointServiceForm
        detail={detail.data}
        cancelTo={detailPath}
        onSaved={(_result, changes) => {
          const state: SavedState = {
            saved: { added: changes.ports.added.length, removed: changes.ports.removed.length, fields: changes.fields.map((f) => f.label) },
          };
          void navigate(detailPath, { state });
        }}
      />
    </Paper>
  );
}
