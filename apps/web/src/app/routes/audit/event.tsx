import { useCallback, useState } from 'react';
import { Alert, Anchor, Button, CloseButton, EmptyState, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { AuditParams, type AuditEvent, type RevertResult } from '@portico/contracts/audit';
import { accessOf, routes } from '@portico/contracts/routes';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconCheck, IconUndo } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { formatDateTime, formatTimestamp } from '@/lib/format';
import { useCan } from '@/lib/session';
import { useAuditEvent } from '@/features/audit/api/get-audit-event';
import { AuditEventSummary, type AuditEventLinks } from '@/features/audit/components/audit-event-summary';
import { auditEventPath } from '@/features/audit/components/audit-table';
import { ChangeDiffTable } from '@/components/diff/change-diff-table';
import { RevertModal } from '@/features/audit/components/revert-modal';
import { isKnownOperation, whyNotRevertible } from '@/features/audit/utils/labels';
import { TaskProgressPanel } from '@/features/tasks/components/task-progress-panel';
import { userKeys } from '@/features/users/api/query-keys';
import { vpcAuthorizationKeys } from '@/features/vpc-authorizations/api/query-keys';
import { vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';
import { AuditBackState } from './navigation-state';

/** Where the changed resource and its task live in the console, as far as it has pages for them. */
function useLinks(event: AuditEvent | undefined): AuditEventLinks {
  const admin = useCan(accessOf(routes.listUsers));
  if (!event) return {};
  const target =
    event.resourceType === 'vpc-authorization' && event.result === 'succeeded' && event.operation !== 'RemoveVpcAccess'
      ? vpcAuthorizationPath(event.target)
      : event.resourceType === 'user' && admin
        ? '/people'
        : undefined;
  return { target, task: event.taskId ? `/tasks/${encodeURIComponent(event.taskId)}` : undefined };
}

/** What a revert changed, so screens showing it read it again. */
function cachedKeysOf(event: AuditEvent): readonly unknown[] | undefined {
  if (event.resourceType === 'vpc-authorization') return vpcAuthorizationKeys.all;
  if (event.resourceType === 'user') return userKeys.all;
  return undefined;
}

/** Exactly why a change offers no Revert. */
function WhyNot({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const why = whyNotRevertible(event);
  if (!why) return null;
  let text: string;
  if (why.reason === 'reverted') text = t('audit.event.whyNot.reverted', { name: why.name, at: formatTimestamp(why.at, { withZone: true }) });
  else if (why.reason === 'secretReplaced') text = t('audit.event.whyNot.secretReplaced', { fields: why.fields });
  else if (why.reason === 'unsupported') text = t('audit.event.whyNot.unsupported', { operation: why.operation });
  else text = t(`audit.event.whyNot.${why.reason}`);
  return (
    <Text size="xs" c="dimmed" data-testid="why-not-revertible" maw={520}>
      {text}
    </Text>
  );
}

/** "ana changed a VPC authorization: web-backend", from the event's data in the reader's language. */
function useHeadline(event: AuditEvent | undefined): string | undefined {
  const { t } = useTranslation();
  if (!event) return undefined;
  const what = isKnownOperation(event.operation) ? t(`audit.operations.${event.operation}`) : event.operation;
  return t('audit.event.headline', { person: event.actor.name, what, target: event.target });
}

function EventSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" aria-label={t('audit.event.loading')}>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          {Array.from({ length: 7 }, (_, i) => (
            <Skeleton key={i} height={14} width={`${45 + ((i * 17) % 40)}%`} />
          ))}
        </Stack>
      </Paper>
      <Skeleton height={180} radius="md" />
    </Stack>
  );
}

/** `/audit/:id`: one change with its diff, where it ran, how it ended, and a revert when it can be undone. */
export function AuditEventRoute() {
  const id = useParams().id ?? '';
  const valid = AuditParams.safeParse({ id }).success;
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [reverting, setReverting] = useState(false);
  const query = useAuditEvent(id, { enabled: valid });
  const event = query.data;
  const links = useLinks(event);
  const { t } = useTranslation();
  const headline = useHeadline(event);
  usePageTitle(event ? `${event.operation} · ${event.target}` : t('audit.event.pageTitle'));

  const back = AuditBackState.safeParse(location.state).data?.from ?? '';
  const crumbs = [{ label: t('audit.title'), to: `/audit${back}` }, { label: event ? formatDateTime(event.at, { withZone: true }) : t('audit.event.crumb') }];
  const revertedAs = params.get('reverted');
  const revertTask = params.get('task');

  const refreshResource = useCallback(() => {
    const keys = event ? cachedKeysOf(event) : undefined;
    if (keys) void queryClient.invalidateQueries({ queryKey: keys });
  }, [event, queryClient]);

  const onReverted = (result: RevertResult) => {
    setReverting(false);
    refreshResource();
    const next = new URLSearchParams({ reverted: result.auditEventId });
    if (result.task) next.set('task', result.task.id);
    // Keep the way back to the list.
    void navigate({ pathname: location.pathname, search: `?${next.toString()}` }, { replace: true, state: location.state });
  };
  const dismissRevert = () =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('reverted');
        next.delete('task');
        return next;
      },
      { replace: true, state: location.state },
    );

  if (!valid) {
    return (
      <>
        <PageHeader title={t('audit.event.pageTitle')} crumbs={crumbs} />
        <Paper withBorder radius="md" p="xl">
          <EmptyState title={t('audit.event.notAnId', { id })} description={t('audit.event.mayBeCut')} />
        </Paper>
      </>
    );
  }
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('audit.event.pageTitle')} crumbs={crumbs} />
        <EventSkeleton />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('audit.event.pageTitle')} crumbs={crumbs} />
        {isApiError(query.error) && query.error.isNotFound ? (
          <Paper withBorder radius="md" p="xl">
            <EmptyState title={t('audit.event.noSuch')} description={t('audit.event.mayBeMistyped')}>
              <EmptyState.Actions>
                <Button component={Link} to="/audit" variant="light">
                  {t('audit.event.goToLog')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          </Paper>
        ) : (
          <ApiErrorAlert error={query.error} title={t('audit.event.loadFailed')} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        )}
      </>
    );
  }

  const loaded = query.data;
  return (
    <>
      <PageHeader
        title={loaded.operation}
        description={
          <>
            <b>{headline}</b>
            <br />
            {t('audit.event.description', {
              type: t(`audit.resourceTypes.${loaded.resourceType}`),
              target: loaded.target,
              person: loaded.actor.name,
              at: formatTimestamp(loaded.at, { withZone: true }),
            })}
          </>
        }
        crumbs={crumbs}
        actions={
          loaded.revertible ? (
            <AccessButton access={accessOf(routes.revert)} color="orange" variant="light" leftSection={<IconUndo size={16} />} onClick={() => setReverting(true)}>
              {t('audit.event.revert')}
            </AccessButton>
          ) : null
        }
      />
      <Stack gap="lg">
        {loaded.revertedBy && !revertedAs ? (
          <Alert
            color="gray"
            variant="light"
            icon={<IconUndo />}
            title={t('audit.event.revertedBy', { name: loaded.revertedBy.name, at: formatTimestamp(loaded.revertedBy.at, { withZone: true }) })}
            role="status"
          >
            {loaded.revertedBy.eventId ? (
              <Anchor component={Link} to={auditEventPath(loaded.revertedBy.eventId)} size="sm">
                {t('audit.event.openRevert')}
              </Anchor>
            ) : (
              <Text size="sm">{t('audit.event.revertUnderWay')}</Text>
            )}
          </Alert>
        ) : null}
        {revertedAs ? (
          <Stack gap="sm">
            <Alert
              color="teal"
              variant="light"
              icon={<IconCheck />}
              title={t('audit.event.changeReverted')}
              withCloseButton={!revertTask}
              closeButtonLabel={t('audit.event.dismiss')}
              onClose={dismissRevert}
              role="status"
            >
              <Group gap="xs">
                <Text size="sm">{t('audit.event.revertIsChange')}</Text>
                <Anchor component={Link} to={auditEventPath(revertedAs)} size="sm">
                  {t('audit.event.openRevert')}
                </Anchor>
              </Group>
            </Alert>
            {revertTask ? (
              <Stack gap={6}>
                <Group justify="space-between">
                  <Text size="sm" fw={500}>
                    {t('audit.event.batchStarted')}
                  </Text>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/tasks/${encodeURIComponent(revertTask)}`} size="sm">
                      {t('audit.event.openTaskPage')}
                    </Anchor>
                    <CloseButton size="sm" aria-label={t('audit.event.hideProgress')} onClick={dismissRevert} />
                  </Group>
                </Group>
                <TaskProgressPanel taskId={revertTask} onFinished={refreshResource} />
              </Stack>
            ) : null}
          </Stack>
        ) : null}

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, xl: 7 }}>
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="changes-title">
              <Group justify="space-between" mb="sm">
                <Title id="changes-title" order={2} fz="md" fw={600}>
                  {t('audit.event.beforeAndAfter')}
                </Title>
                <WhyNot event={loaded} />
              </Group>
              <ChangeDiffTable before={loaded.before} after={loaded.after} emptyText={t('audit.event.noState')} />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 5 }}>
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="event-title">
              <Title id="event-title" order={2} fz="md" fw={600} mb="sm">
                {t('audit.event.heading')}
              </Title>
              <AuditEventSummary event={loaded} links={links} />
            </Paper>
          </Grid.Col>
        </Grid>
      </Stack>

      {loaded.revertible ? <RevertModal event={loaded} opened={reverting} onClose={() => setReverting(false)} onReverted={onReverted} /> : null}
    </>
  );
}
