import { Anchor, Paper, Text } from '@mantine/core';
import { TaskParams } from '@portico/contracts/tasks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { taskQueryOptions } from '@/features/tasks/api/get-task';
import { TaskProgressPanel } from '@/features/tasks/components/task-progress-panel';
import { vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';

export function TaskRoute() {
  const id = useParams().id ?? '';
  const valid = TaskParams.safeParse({ id });
  // Shares the panel's cached snapshot: no second request.
  const task = useQuery({ ...taskQueryOptions(id), enabled: valid.success });
  const target = task.data?.targetName;
  usePageTitle(target ? `Task · ${target}` : 'Task');

  const crumbs = [
    { label: 'VPC authorizations', to: '/vpc-authorizations' },
    ...(target && task.data?.kind === 'vpc-authorization-update' ? [{ label: target, to: vpcAuthorizationPath(target) }] : []),
    { label: 'Task' },
  ];

  return (
    <>
      <PageHeader
        title="Task progress"
        description={
          target && task.data?.kind === 'vpc-authorization-update' ? (
            <>
              Batch update of the published APIs bound to{' '}
              <Anchor component={Link} to={vpcAuthorizationPath(target)} size="sm">
                {target}
              </Anchor>
              .
            </>
          ) : (
            'A batch update, API by API.'
          )
        }
        crumbs={crumbs}
      />
      <Paper withBorder radius="md" p="lg">
        {valid.success ? <TaskProgressPanel taskId={id} bare /> : <Text c="dimmed">“{id}” is not a task id.</Text>}
      </Paper>
    </>
  );
}
