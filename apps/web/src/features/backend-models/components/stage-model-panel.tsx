import type { ReactNode } from 'react';
import { Alert, Badge, Code, DataList, EmptyState, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { BackendModel } from '@portico/contracts/backend-models';
import type { PublishedApi, StageName } from '@portico/contracts/published-apis';
import { accessOf, routes } from '@portico/contracts/routes';
import { CopyableCode } from '@/components/ui/copyable-code';
import { IconLock } from '@/components/ui/icons';
import { useTranslation } from 'react-i18next';
import { PublishedApisTable } from '@/components/ui/published-apis-table';
import { formatDateTime } from '@/lib/format';
import { formatModel } from '../utils/model-fields';
import { secretPathsIn } from '../utils/secrets';
import { ModelActionButton } from './model-action-button';

interface Props {
  stage: StageName;
  /** The backend's name, for grants scoped to names. */
  backendName: string;
  model: BackendModel | undefined;
  apis: PublishedApi[];
  /** Set when the console cannot edit this backend's type. */
  unavailable?: string | undefined;
  onEdit: () => void;
  onCreate: () => void;
}

const none = (
  <Text span c="dimmed">
    —
  </Text>
);

/** What the APIs of a stage would feel from a save: said before anyone edits. */
export function ApisReachNote({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Text size="sm" data-testid="apis-reach-note">
      {t('backendModels.apisReach', { count })}
    </Text>
  );
}

/** One stage's tab: its model (or the offer to create one) and the published APIs that use it. */
export function StageModelPanel({ stage, backendName, model, apis, unavailable, onEdit, onCreate }: Props) {
  const { t } = useTranslation();
  const resource = { kind: 'backend-model' as const, name: backendName, stage };
  const titleId = `model-${stage}-title`;
  const apisTitleId = `apis-${stage}-title`;
  let modelSection: ReactNode;
  if (!model) {
    modelSection = (
      <EmptyState title={t('backendModels.stage.noModelIn', { stage })} description={t('backendModels.stage.noModelHint', { stage })}>
        <EmptyState.Actions>
          <ModelActionButton access={accessOf(routes.createBackendModel)} resource={resource} unavailable={unavailable} onClick={onCreate}>
            {t('backendModels.stage.create')}
          </ModelActionButton>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    const secrets = secretPathsIn(model.data).length > 0;
    modelSection = (
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title id={titleId} order={2} fz="md" fw={600}>
            {t('backendModels.stage.modelIn', { stage })}
          </Title>
          <ModelActionButton access={accessOf(routes.modifyBackendModel)} resource={resource} unavailable={unavailable} onClick={onEdit}>
            {t('backendModels.stage.edit')}
          </ModelActionButton>
        </Group>
        <DataList orientation="horizontal" labelWidth={140} size="sm" withDivider aria-label={t('backendModels.stage.modelIn', { stage })}>
          <DataList.Item>
            <DataList.ItemLabel>{t('backendModels.stage.modelId')}</DataList.ItemLabel>
            <DataList.ItemValue>{model.id ? <CopyableCode value={model.id} label={t('backendModels.stage.modelId')} /> : none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('backendModels.stage.description')}</DataList.ItemLabel>
            <DataList.ItemValue>{model.description || none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('backendModels.stage.updated')}</DataList.ItemLabel>
            <DataList.ItemValue>{formatDateTime(model.updatedAt ?? model.createdAt)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
        {secrets ? (
          <Alert color="gray" variant="light" icon={<IconLock />} p="xs">
            <Text size="sm">{t('backendModels.stage.secrets')}</Text>
          </Alert>
        ) : null}
        <ScrollArea.Autosize mah={360} type="auto" viewportProps={{ tabIndex: 0 }}>
          <Code block aria-label={t('backendModels.stage.data', { stage })} fz="sm">
            {formatModel(model.data)}
          </Code>
        </ScrollArea.Autosize>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        radius="md"
        p="lg"
        component="section"
        aria-labelledby={model ? titleId : undefined}
        aria-label={model ? undefined : t('backendModels.stage.noModelIn', { stage })}
      >
        {modelSection}
      </Paper>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={apisTitleId}>
        <Stack gap="sm">
          <Group gap="xs">
            <Title id={apisTitleId} order={2} fz="md" fw={600}>
              {t('backendModels.stageApis.title', { stage })}
            </Title>
            <Badge variant="light" color="gray" size="sm">
              {apis.length}
            </Badge>
          </Group>
          {model ? <ApisReachNote count={apis.length} /> : null}
          <PublishedApisTable apis={apis} showStage={false} label={t('backendModels.stageApis.title', { stage })} empty={t('backendModels.stageApis.none', { stage })} />
        </Stack>
      </Paper>
    </Stack>
  );
}
