import { useCallback } from 'react';
import { Alert, Anchor, CloseButton, DataList, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { BackendType } from '@portico/contracts/backend-models';
import { StageName } from '@portico/contracts/published-apis';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { CopyableCode } from '@/components/ui/copyable-code';
import { IconCheck } from '@/components/ui/icons';
import { useActiveProfile } from '@/lib/active-profile';
import { formatDateTime } from '@/lib/format';
import { backendQueryOptions, useBackend } from '@/features/backend-models/api/get-backend';
import { modelEditorPath } from '@/features/backend-models/components/backend-table';
import { BackendTypeBadge } from '@/features/backend-models/components/backend-type-badge';
import { StageModelPanel } from '@/features/backend-models/components/stage-model-panel';
import { TaskProgressPanel } from '@/features/tasks/components/task-progress-panel';
import { BackendLoadError, BackendSkeleton } from './load-state';
import { ModelSavedState } from './navigation-state';

function SavedNotice({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const saved = ModelSavedState.safeParse(useLocation().state).data?.modelSaved;
  // With a task, its progress panel says what happens next.
  if (!saved || saved.task) return null;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCheck />}
      title={saved.created ? t('backendModels.arrival.created', { stage: saved.stage }) : t('backendModels.arrival.saved', { stage: saved.stage })}
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('backendModels.dismiss')}
      role="status"
    />
  );
}

export function BackendModelDetailRoute() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const taskId = params.get('task');
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  const detail = useBackend(id);
  const name = detail.data?.backend.name ?? id;
  usePageTitle(name);

  // When the batch update ends, the model and the APIs are read again.
  const onTaskFinished = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: backendQueryOptions(id, profileId).queryKey });
  }, [queryClient, id, profileId]);

  const clearArrival = () => void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  const setQuery = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true, state: location.state },
    );

  const crumbs = [{ label: t('backendModels.title'), to: '/backend-models' }, { label: name }];

  if (detail.isPending) {
    return (
      <>
        <PageHeader title={name} crumbs={crumbs} />
        <BackendSkeleton />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        <PageHeader title={name} crumbs={crumbs} />
        <BackendLoadError id={id} error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      </>
    );
  }

  const { backend, models, boundApis } = detail.data;
  const modelOf = (stage: StageName) => models.find((m) => m.stageName === stage);
  const requested = StageName.safeParse(params.get('stage'));
  const stage: StageName = requested.success ? requested.data : (StageName.options.find((s) => modelOf(s)) ?? 'TEST');
  const unavailable = BackendType.safeParse(backend.type).success ? undefined : t('backendModels.unavailable', { type: backend.type });

  return (
    <>
      <PageHeader
        title={backend.name}
        description={
          <Group gap="xs" component="span">
            <BackendTypeBadge type={backend.type} />
            {/* What the cloud holds is not translated (and the Chinese-screen check leaves it out). */}
            <Text span size="sm" c="dimmed" translate={backend.description ? 'no' : undefined}>
              {backend.description || t('backendModels.detail.kind')}
            </Text>
          </Group>
        }
        crumbs={crumbs}
      />
      <Stack gap="lg">
        <SavedNotice onClose={clearArrival} />
        {taskId ? (
          <Stack gap={6}>
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                {t('backendModels.detail.batchStarted')}
              </Text>
              <Group gap="xs">
                <Anchor component={Link} to={`/tasks/${encodeURIComponent(taskId)}`} size="sm">
                  {t('backendModels.detail.openTask')}
                </Anchor>
                <CloseButton size="sm" aria-label={t('backendModels.detail.hideTask')} onClick={() => setQuery('task', null)} />
              </Group>
            </Group>
            <TaskProgressPanel taskId={taskId} onFinished={onTaskFinished} />
          </Stack>
        ) : null}

        <Paper withBorder radius="md" p="md" component="section" aria-label={t('backendModels.detail.kind')}>
          <DataList orientation="horizontal" labelWidth={140} size="sm" withDivider aria-label={t('backendModels.detail.attributes')}>
            <DataList.Item>
              <DataList.ItemLabel>{t('backendModels.detail.id')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <CopyableCode value={backend.id} label={t('backendModels.detail.id')} />
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('backendModels.columns.type')}</DataList.ItemLabel>
              <DataList.ItemValue>{backend.type}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('backendModels.detail.created')}</DataList.ItemLabel>
              <DataList.ItemValue>{formatDateTime(backend.createdAt)}</DataList.ItemValue>
            </DataList.Item>
          </DataList>
        </Paper>

        <Tabs value={stage} onChange={(value) => setQuery('stage', value)} keepMounted={false}>
          <Tabs.List aria-label={t('backendModels.detail.stages')} mb="md">
            {StageName.options.map((s) => (
              <Tabs.Tab
                key={s}
                value={s}
                c={modelOf(s) ? undefined : 'dimmed'}
                title={modelOf(s) ? t('backendModels.stage.modelIn', { stage: s }) : t('backendModels.stage.noModelIn', { stage: s })}
              >
                {s}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {StageName.options.map((s) => (
            <Tabs.Panel key={s} value={s}>
              <StageModelPanel
                stage={s}
                backendName={backend.name}
                model={modelOf(s)}
                apis={boundApis[s]}
                unavailable={unavailable}
                onEdit={() => void navigate(modelEditorPath(backend.id, s, 'edit'))}
                onCreate={() => void navigate(modelEditorPath(backend.id, s, 'new'))}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </>
  );
}
