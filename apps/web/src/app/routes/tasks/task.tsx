import { Anchor, Paper, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { TaskParams } from '@portico/contracts/tasks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { taskQueryOptions } from '@/features/tasks/api/get-task';
import { TaskProgressPanel } from '@/features/tasks/components/task-progress-panel';
import { vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';

export function TaskRoute() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const valid = TaskParams.safeParse({ id });
  // Shares the panel's cached snapshot: no second request.
  const task = useQuery({ ...taskQueryOptions(id), enabled: valid.success });
  const target = task.data?.targetName;
  usePageTitle(target ? t('tasks.page.titleOf', { name: target }) : t('tasks.page.task'));

  const crumbs = [
    { label: t('tasks.page.vpcAuthorizations'), to: '/vpc-authorizations' },
    ...(target && task.data?.kind === 'vpc-authorization-update' ? [{ label: target, to: vpcAuthorizationPath(target) }] : []),
    { label: t('tasks.page.task') },
  ];

  return (
    <>
      <PageHeader
        title={t('tasks.page.progress')}
        description={
          target && task.data?.kind === 'vpc-authorization-update' ? (
            <Trans i18nKey="tasks.page.boundTo" values={{ name: target }} components={{ link: <Anchor component={Link} to={vpcAuthorizationPath(target)} size="sm" /> }} />
          ) : (
            t('tasks.page.batch')
          )
        }
        crumbs={crumbs}
      />
      <Paper withBorder radius="md" p="lg">
        {valid.success ? <TaskProgressPanel taskId={id} bare /> : <Text c="dimmed">{t('tasks.page.notAnId', { id })}</Text>}
      </Paper>
    </>
  );
}
