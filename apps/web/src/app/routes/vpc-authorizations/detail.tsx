import { useCallback, useState } from 'react';
import { Alert, Anchor, Badge, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { accessOf, routes } from '@portico/contracts/routes';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconAlert, IconCheck } from '@/components/ui/icons';
import { PublishedApisTable } from '@/components/ui/published-apis-table';
import { useActiveProfile } from '@/lib/active-profile';
import { TaskProgressPanel } from '@/features/tasks/components/task-progress-panel';
import { useVpcAuthorization, vpcAuthorizationQueryOptions } from '@/features/vpc-authorizations/api/get-vpc-authorization';
import type { RemovedVpcAuthorization } from '@/features/vpc-authorizations/api/remove-vpc-authorization';
import { RemoveVpcAuthorizationModal } from '@/features/vpc-authorizations/components/remove-vpc-authorization-modal';
import { VpcAuthorizationAttributes } from '@/features/vpc-authorizations/components/vpc-authorization-attributes';
import { vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';
import { describeUnboundApis } from '@/features/vpc-authorizations/utils/unbound-apis';
import { AuthorizationLoadError, AuthorizationSkeleton } from './load-state';
import { ArrivalState, type RemovedState } from './navigation-state';

function ArrivalNotice({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const state = ArrivalState.safeParse(useLocation().state).data;
  if (state?.created) {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCheck />}
        title={t('vpcAuthorizations.arrival.created')}
        withCloseButton
        onClose={onClose}
        closeButtonLabel={t('vpcAuthorizations.dismiss')}
        role="status"
      />
    );
  }
  if (state?.saved && !state.saved.task) {
    return state.saved.needBatchWork ? (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCheck />}
        title={t('vpcAuthorizations.arrival.saved')}
        withCloseButton
        onClose={onClose}
        closeButtonLabel={t('vpcAuthorizations.dismiss')}
        role="status"
      />
    ) : (
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlert />}
        title={t('vpcAuthorizations.arrival.savedNotSynced')}
        withCloseButton
        onClose={onClose}
        closeButtonLabel={t('vpcAuthorizations.dismiss')}
        role="status"
      >
        {t('vpcAuthorizations.arrival.savedNotSyncedBody')}
      </Alert>
    );
  }
  return null;
}

export function VpcAuthorizationDetailRoute() {
  const { t } = useTranslation();
  const name = useParams().name ?? '';
  usePageTitle(name);
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const taskId = params.get('task');
  const [removing, setRemoving] = useState(false);
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  const detail = useVpcAuthorization(name);

  // When the batch update ends, the bound APIs and attributes are read again.
  const onTaskFinished = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: vpcAuthorizationQueryOptions(name, profileId).queryKey });
  }, [queryClient, name, profileId]);

  const clearArrival = () => void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });

  const onRemoved = (result: RemovedVpcAuthorization) => {
    const state: RemovedState = {
      removed: { name, unboundApis: describeUnboundApis(result.unboundApis, detail.data?.boundApis ?? []) },
    };
    void navigate('/vpc-authorizations', { state });
  };

  const crumbs = [{ label: t('vpcAuthorizations.title'), to: '/vpc-authorizations' }, { label: name }];

  if (detail.isPending) {
    return (
      <>
        <PageHeader title={name} crumbs={crumbs} />
        <AuthorizationSkeleton />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        <PageHeader title={name} crumbs={crumbs} />
        <AuthorizationLoadError name={name} error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      </>
    );
  }

  const { authorization, boundApis } = detail.data;
  return (
    <>
      <PageHeader
        title={authorization.name}
        description={t('vpcAuthorizations.detail.kind')}
        crumbs={crumbs}
        actions={
          <>
            <AccessButton
              access={accessOf(routes.modifyVpcAuthorization)}
              resource={{ kind: 'vpc-authorization', name: authorization.name, tags: authorization.tags ?? {} }}
              onClick={() => void navigate(`${vpcAuthorizationPath(name)}/edit`)}
            >
              {t('vpcAuthorizations.detail.edit')}
            </AccessButton>
            <AccessButton
              access={accessOf(routes.removeVpcAuthorization)}
              resource={{ kind: 'vpc-authorization', name: authorization.name, tags: authorization.tags ?? {} }}
              color="red"
              variant="light"
              onClick={() => setRemoving(true)}
            >
              {t('vpcAuthorizations.detail.remove')}
            </AccessButton>
          </>
        }
      />
      <Stack gap="lg">
        <ArrivalNotice onClose={clearArrival} />
        {taskId ? (
          <Stack gap={6}>
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                {t('vpcAuthorizations.detail.batchStarted')}
              </Text>
              <Group gap="xs">
                <Anchor component={Link} to={`/tasks/${encodeURIComponent(taskId)}`} size="sm">
                  {t('vpcAuthorizations.detail.openTask')}
                </Anchor>
                <CloseButton
                  size="sm"
                  aria-label={t('vpcAuthorizations.detail.hideTask')}
                  onClick={() =>
                    setParams(
                      (prev) => {
                        const next = new URLSearchParams(prev);
                        next.delete('task');
                        return next;
                      },
                      { replace: true },
                    )
                  }
                />
              </Group>
            </Group>
            <TaskProgressPanel taskId={taskId} onFinished={onTaskFinished} />
          </Stack>
        ) : null}

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="attributes-title">
          <Title id="attributes-title" order={2} fz="md" fw={600} mb="sm">
            {t('vpcAuthorizations.detail.attributes')}
          </Title>
          <VpcAuthorizationAttributes authorization={authorization} />
        </Paper>

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="bound-apis-title">
          <Group gap="xs" mb="sm">
            <Title id="bound-apis-title" order={2} fz="md" fw={600}>
              {t('vpcAuthorizations.boundApis.title')}
            </Title>
            <Badge variant="light" color="gray" size="sm">
              {boundApis.length}
            </Badge>
          </Group>
          <PublishedApisTable apis={boundApis} linkToChain label={t('vpcAuthorizations.boundApis.title')} empty={t('vpcAuthorizations.boundApis.none')} />
        </Paper>
      </Stack>

      <RemoveVpcAuthorizationModal opened={removing} onClose={() => setRemoving(false)} name={authorization.name} boundApis={boundApis} onRemoved={onRemoved} />
    </>
  );
}
