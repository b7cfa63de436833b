import { Grid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { useSession } from '@/lib/session';
import { useHomeSummary } from '@/features/home/api/get-home-summary';
import { FindingsSummary } from '@/features/home/components/findings-summary';
import { RecentChanges } from '@/features/home/components/recent-changes';
import { ResourceCounts } from '@/features/home/components/resource-counts';
import { RunningTasks } from '@/features/home/components/running-tasks';

function HomeSkeleton() {
  const { t } = useTranslation();
  return (
    <Grid aria-busy="true" aria-label={t('home.loading')}>
      {[7, 5, 7, 5].map((span, i) => (
        <Grid.Col key={i} span={{ base: 12, md: span }}>
          <Skeleton height={180} radius="md" />
        </Grid.Col>
      ))}
    </Grid>
  );
}

/** `/`: what there is per profile, what needs a look, what is running and what changed lately. */
export function HomeRoute() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { user } = useSession();
  const summary = useHomeSummary();
  const data = summary.data;

  return (
    <>
      <PageHeader title={t('home.title')} description={t('home.description', { name: user.displayName || user.username })} />
      {summary.isPending ? <HomeSkeleton /> : null}
      {summary.isError && !data ? (
        <ApiErrorAlert error={summary.error} title={t('home.loadFailed')} onRetry={() => void summary.refetch()} retrying={summary.isFetching} />
      ) : null}
      {data ? (
        <Grid gap="lg" align="stretch">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="lg">
              <ResourceCounts profiles={data.profiles} />
              <FindingsSummary findings={data.findings} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <RunningTasks total={data.running.total} items={data.running.items} />
              <RecentChanges mine={data.recent.mine} everyone={data.recent.everyone} username={user.username} />
            </Stack>
          </Grid.Col>
        </Grid>
      ) : null}
    </>
  );
}
