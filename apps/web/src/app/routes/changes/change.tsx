import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useChange } from '@/features/changes/api/changes';
import { ChangeActions } from '@/features/changes/components/change-actions';
import { ChangePlanView } from '@/features/changes/components/change-plan';
import { ChangeStateBadge } from '@/features/changes/components/change-state-badge';
import { ChangeTimeline } from '@/features/changes/components/change-timeline';
import { changeTitle } from '@/features/changes/utils/title';
import { formatDateTime } from '@/lib/format';

/** `/changes/:id`: one request — its diff, its reach, its policies, the timeline and what the reader may do. */
export function ChangeRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const change = useChange(id);
  // Back from a sign-in at the identity provider that did not count as a fresh sign-in.
  const [search] = useSearchParams();
  const stepUpError = search.get('stepUpError');
  const title = change.data ? changeTitle(t, { kind: change.data.plan.kind, name: change.data.plan.target.name, stage: change.data.plan.target.stage }) : t('changes.request');
  usePageTitle(title);
  const crumbs = [{ label: t('changes.title'), to: '/changes' }];
  if (change.isPending) return <TableSkeleton headers={[t('changes.request')]} rows={4} label={t('changes.loading')} />;
  if (change.isError) return <ApiErrorAlert error={change.error} title={t('changes.loadOneFailed')} onRetry={() => void change.refetch()} retrying={change.isFetching} />;
  const request = change.data;
  return (
    <>
      <PageHeader
        title={title}
        crumbs={crumbs}
        description={t('changes.meta', {
          author: request.author,
          profile: request.plan.target.profile,
          opened: formatDateTime(request.createdAt),
          expires: formatDateTime(request.expiresAt),
        })}
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Group gap="sm">
              <ChangeStateBadge state={request.state} />
              <Text size="sm">{t('changes.table.approvalCount', { given: request.approvals.length, required: request.requiredApprovals })}</Text>
              {request.scheduledFor ? <Text size="sm">{t('changes.scheduledFor', { at: formatDateTime(request.scheduledFor) })}</Text> : null}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {request.comment}
            </Text>
            {request.error ? (
              <Alert color="red" variant="light">
                {request.error}
              </Alert>
            ) : null}
            {request.state === 'applied' && request.auditEventId ? (
              <Text size="sm">
                {t('changes.appliedAs')}{' '}
                <Anchor component={Link} to={`/audit/${request.auditEventId}`}>
                  {t('changes.auditEvent')}
                </Anchor>
                {request.taskId ? (
                  <>
                    {' · '}
                    <Anchor component={Link} to={`/tasks/${request.taskId}`}>
                      {t('changes.task')}
                    </Anchor>
                  </>
                ) : null}
              </Text>
            ) : null}
            {stepUpError ? (
              <Alert color="orange" variant="light" title={t('changes.stepUp.failedTitle')}>
                {stepUpError === 'reauth_mismatch' ? t('changes.stepUp.notYou') : t('changes.stepUp.failed')}
              </Alert>
            ) : null}
            <ChangeActions request={request} />
          </Stack>
        </Paper>
        <ChangePlanView plan={request.plan} policies={request.policies} />
        <ChangeTimeline request={request} />
      </Stack>
    </>
  );
}
