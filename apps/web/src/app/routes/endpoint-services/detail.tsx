import type { ReactNode } from 'react';
import { Alert, Badge, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { accessOf, routes } from '@portico/contracts/routes';
import { useLocation, useNavigate, useParams } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconCheck } from '@/components/ui/icons';
import { plural } from '@/lib/format';
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
function describeSaved({ added, removed, fields }: SavedState['saved']): string {
  const parts: string[] = [];
  if (added > 0 || removed > 0) parts.push(`${plural(added, 'mapping')} added, ${removed} removed`);
  if (fields.length > 0) parts.push(`${fields.join(', ')} changed`);
  return parts.join('; ');
}

function SavedNotice({ onClose }: { onClose: () => void }) {
  const saved = SavedState.safeParse(useLocation().state).data?.saved;
  if (!saved) return null;
  return (
    <Alert color="teal" variant="light" icon={<IconCheck />} title="Changes saved" withCloseButton onClose={onClose} closeButtonLabel="Dismiss" role="status">
      {describeSaved(saved)}
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
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const location = useLocation();
  const detail = useEndpointService(id);
  const name = detail.data?.service.serviceName || id;
  usePageTitle(name);

  const crumbs = [{ label: 'Endpoint services', to: '/endpoint-services' }, { label: name }];
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
        description="VPC endpoint service (Huawei Cloud VPCEP)"
        crumbs={crumbs}
        actions={
          <AccessButton
            access={accessOf(routes.updateEndpointService)}
            resource={{ kind: 'endpoint-service', name: service.serviceName || service.id, tags: service.tags ?? {} }}
            onClick={() => void navigate(`${endpointServicePath(service.id)}/edit`)}
          >
            Edit
          </AccessButton>
        }
      />
      <Stack gap="lg">
        <SavedNotice onClose={clearNotice} />
        <Section id="attributes-title" title="Attributes">
          <EndpointServiceAttributes service={service} />
        </Section>
        <Grid gap="lg" align="stretch">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Section id="port-mappings-title" title="Port mappings" count={service.ports.length}>
              <PortMappingsTable ports={service.ports} />
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Section id="sharing-title" title="Services sharing this backend port" count={sharingPortId.length}>
              <SharingServices services={sharingPortId} />
            </Section>
          </Grid.Col>
        </Grid>
        <Section id="connections-title" title="Connections" count={connections.length}>
          <ConnectionActions service={service} connections={connections} />
        </Section>
        <Section id="whitelist-title" title="Whitelist">
          <WhitelistPanel service={service} />
        </Section>
      </Stack>
    </>
  );
}
