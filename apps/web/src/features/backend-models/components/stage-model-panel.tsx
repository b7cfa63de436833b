import type { ReactNode } from 'react';
import { Alert, Badge, Code, DataList, EmptyState, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { BackendModel } from '@portico/contracts/backend-models';
import type { PublishedApi, StageName } from '@portico/contracts/published-apis';
import { accessOf, routes } from '@portico/contracts/routes';
import { CopyableCode } from '@/components/ui/copyable-code';
import { IconLock } from '@/components/ui/icons';
import { formatDateTime, plural } from '@/lib/format';
import { formatModel } from '../utils/model-fields';
import { secretPathsIn } from '../utils/secrets';
import { ModelActionButton } from './model-action-button';
import { StageApisTable } from './stage-apis-table';

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
  if (count === 0) return null;
  return (
    <Text size="sm" data-testid="apis-reach-note">
      Saving updates these {plural(count, 'API')} at once, without a publish.
    </Text>
  );
}

/** One stage's tab: its model (or the offer to create one) and the published APIs that use it. */
export function StageModelPanel({ stage, backendName, model, apis, unavailable, onEdit, onCreate }: Props) {
  const resource = { kind: 'backend-model' as const, name: backendName, stage };
  const titleId = `model-${stage}-title`;
  const apisTitleId = `apis-${stage}-title`;
  let modelSection: ReactNode;
  if (!model) {
    modelSection = (
      <EmptyState title={`No model in ${stage}`} description={`APIs published in ${stage} have no backend definition from this service yet.`}>
        <EmptyState.Actions>
          <ModelActionButton access={accessOf(routes.createBackendModel)} resource={resource} unavailable={unavailable} onClick={onCreate}>
            Create model
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
            Model in {stage}
          </Title>
          <ModelActionButton access={accessOf(routes.modifyBackendModel)} resource={resource} unavailable={unavailable} onClick={onEdit}>
            Edit model
          </ModelActionButton>
        </Group>
        <DataList orientation="horizontal" labelWidth={140} size="sm" withDivider aria-label={`Model in ${stage}`}>
          <DataList.Item>
            <DataList.ItemLabel>Model ID</DataList.ItemLabel>
            <DataList.ItemValue>{model.id ? <CopyableCode value={model.id} label="model ID" /> : none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Description</DataList.ItemLabel>
            <DataList.ItemValue>{model.description || none}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Updated</DataList.ItemLabel>
            <DataList.ItemValue>{formatDateTime(model.updatedAt ?? model.createdAt)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
        {secrets ? (
          <Alert color="gray" variant="light" icon={<IconLock />} p="xs">
            <Text size="sm">Secrets are write-only: they show as ****** and are never sent to the browser.</Text>
          </Alert>
        ) : null}
        <ScrollArea.Autosize mah={360} type="auto" viewportProps={{ tabIndex: 0 }}>
          <Code block aria-label={`Model data in ${stage}`} fz="sm">
            {formatModel(model.data)}
          </Code>
        </ScrollArea.Autosize>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={model ? titleId : undefined} aria-label={model ? undefined : `No model in ${stage}`}>
        {modelSection}
      </Paper>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={apisTitleId}>
        <Stack gap="sm">
          <Group gap="xs">
            <Title id={apisTitleId} order={2} fz="md" fw={600}>
              APIs published in {stage} that use this backend
            </Title>
            <Badge variant="light" color="gray" size="sm">
              {apis.length}
            </Badge>
          </Group>
          {model ? <ApisReachNote count={apis.length} /> : null}
          <StageApisTable apis={apis} stage={stage} />
        </Stack>
      </Paper>
    </Stack>
  );
}
