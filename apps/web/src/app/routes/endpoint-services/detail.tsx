import type { ReactNode } from 'react';
import { Alert, Badge, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { accessOf, routes } from '@portico/contracts/routes';
import { useLocation, useNavigate, useParams } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconCheck } from '@/components/ui/icons';
import { useEndpointService } from '@/features/endpoint-services/api/get-endpoint-service';
import { ConnectionActions } from '@/features/endpoint-services/components/connection-actions';
import { EndpointServiceAttributes } from '@/features/endpoint-services/components/endpoint-service-attributes';
import { endpointServicePath } from '@/features/endpoint-services/components/endpoint-service-table';
import { PortMappingsTable } from '@/features/endpoint-services/components/port-mappings-table';
import { SharingServices } from '@/features/endpoint-services/components/sharing-services';
import { WhitelistPanel } from '@/features/endpoint-services/components/whitelist-panel';
import { EndpointServiceLoadError, EndpointServiceSkeleton } from './load-state';
import { SavedState } from './navigation-state';

/** "2 mappings added, 1 removed; Approval required and TCP proxy changed". */
function describeSaved(t: TFunction, { added, removed, fields }: SavedState['saved']): string {
  const parts: string[] = [];
  if (added > 0 || removed > 0) parts.push(t('endpointServices.saved.mappings', { count: added, removed }));
  if (fields.length > 0) parts.push(t('endpointServices.saved.fields', { fields: fields.join(t('endpointServices.saved.comma')) }));
  return parts.join(t('endpointServices.saved.separator'));
}

function SavedNotice({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const saved = SavedState.safeParse(useLocation().state).data?.saved;
  if (!saved) return null;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCheck />}
      title={t('endpointServices.saved.title')}
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('endpointServices.dismiss')}
      role="status"
    >
      {describeSaved(t, saved)}
    </Alert>
  );
}

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id} h="100%">
      <Group gap="xs" mb="sm">
        <Title id={id} order={2} fz="md" fw={600}>
          {title}
        </Title>
        {count !== undefined ? (
          <Badge variant="light" color="gray" size="sm">
            {count}
          </Badge>
        ) : null}
      </Group>
      {children}
    </Paper>
  );
}

export function EndpointServiceDetailRoute() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const location = useLocation();
  const detail = useEndpointService(id);
  const name = detail.data?.service.serviceName || id;
  usePageTitle(name);

  const crumbs = [{ label: t('endpointServices.title'), to: '/endpoint-services' }, { label: name }];
  const clearNotice = () => void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });

  if (detail.isPending) {
    return (
      <>
        <PageHeader title={name} crumbs={crumbs} />
        <EndpointServiceSkeleton />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        <PageHeader title={name} crumbs={crumbs} />
        <EndpointServiceLoadError id={id} error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      </>
    );
  }

  const { service, connections, sharingPortId } = detail.data;
  return (
    <>
      <PageHeader
        title={name}
        description={t('endpointServices.detail.description')}
        crumbs={crumbs}
        actions={
          <AccessButton
            access={accessOf(routes.updateEndpointService)}
            resource={{ kind: 'endpoint-service', name: service.serviceName || service.id, tags: service.tags ?? {} }}
            onClick={() => void navigate(`${endpointServicePath(service.id)}/edit`)}
          >
            {t('endpointServices.detail.edit')}
          </AccessButton>
        }
      />
      <Stack gap="lg">
        <SavedNotice onClose={clearNotice} />
        <Section id="attributes-title" title={t('endpointServices.attributes.title')}>
          <EndpointServiceAttributes service={service} />
        </Section>
        <Grid gap="lg" align="stretch">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Section id="port-mappings-title" title={t('endpointServices.portMappings')} count={service.ports.length}>
              <PortMappingsTable ports={service.ports} />
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Section id="sharing-title" title={t('endpointServices.detail.sharing')} count={sharingPortId.length}>
              <SharingServices services={sharingPortId} />
            </Section>
          </Grid.Col>
        </Grid>
        <Section id="connections-title" title={t('endpointServices.connections.title')} count={connections.length}>
          <ConnectionActions service={service} connections={connections} />
        </Section>
        <Section id="whitelist-title" title={t('endpointServices.whitelist.title')}>
          <WhitelistPanel service={service} />
        </Section>
      </Stack>
    </>
  );
}
