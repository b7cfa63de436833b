import { useRef } from 'react';
import { Alert, Button, Fieldset, Grid, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Backend, BackendModel, BackendType, SavedBackendModel } from '@portico/contracts/backend-models';
import type { PublishedApi, StageName } from '@portico/contracts/published-apis';
import { Link } from 'react-router';
import { IconLock } from '@/components/ui/icons';
import { useModelEditor } from '../hooks/use-model-editor';
import { modelFields } from '../utils/model-fields';
import { JsonEditor, type JsonEditorHandle } from './json-editor';
import { ModelEditorActions } from './model-editor-actions';
import { ModelEditorNotices } from './model-editor-notices';
import { ModelEditorToolbar } from './model-editor-toolbar';
import { ModelErrors } from './model-errors';
import { ModelFormFields } from './model-form-fields';
import { ReviewModelModal } from './review-model-modal';

interface Props {
  backend: Backend;
  type: BackendType;
  stage: StageName;
  mode: 'edit' | 'create';
  /** Every stage's model, for Copy from stage. */
  models: BackendModel[];
  /** This stage's model (edit), secrets masked. */
  current: BackendModel | undefined;
  /** The APIs published in this stage that use the backend. */
  apis: PublishedApi[];
  cancelTo: string;
  /** Where the model of this stage is edited, for a create that finds one there by now. */
  editPath: string;
  /**
   * A hook point for the role check: when set, the editor is read-only and says why. The route
   * already keeps viewers out (RequireAccess); this guards an editor shown elsewhere.
   */
  readOnlyReason?: string | undefined;
  onSaved: (result: SavedBackendModel) => void;
}

/**
 * One stage's backend model: the type's common fields and the whole model as JSON, kept in
 * sync both ways (the JSON text is the one state, in useModelEditor), checked as you type,
 * reviewed as a diff before CreateBackendModel / ModifyBackendModel.
 */
export function ModelEditor({ backend, type, stage, mode, models, current, apis, cancelTo, editPath, readOnlyReason, onSaved }: Props) {
  const { t } = useTranslation();
  const readOnly = readOnlyReason !== undefined;
  const state = useModelEditor({ backendId: backend.id, type, stage, mode, models, current, readOnly, onSaved });
  const editor = useRef<JsonEditorHandle>(null);

  return (
    <>
      <Stack gap="md">
        {readOnlyReason ? (
          <Alert color="gray" variant="light" icon={<IconLock />} title={t('backendModels.editor.readOnly')}>
            {readOnlyReason}
          </Alert>
        ) : null}
        <ModelEditorToolbar
          stage={stage}
          type={type}
          mode={mode}
          models={models}
          apiCount={apis.length}
          changed={state.changed}
          readOnly={readOnly}
          onCopyFrom={state.copyFrom}
        />
        <ModelEditorNotices stage={stage} copied={state.copied} onDismissCopied={state.dismissCopied} secrets={state.secrets} movedTo={state.movedTo} />

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Fieldset legend={t('backendModels.editor.fields', { type })} radius="md" disabled={readOnly}>
              <Stack gap="sm">
                {state.parseError ? (
                  <Text size="xs" c="orange" role="note">
                    {t('backendModels.editor.jsonBroken')}
                  </Text>
                ) : null}
                <ModelFormFields
                  fields={modelFields[type]}
                  data={state.formDoc?.value}
                  errors={state.fieldErrors}
                  disabled={state.parseError || readOnly}
                  onInput={state.onField}
                  onTouch={state.touchField}
                />
                <TextInput
                  label={t('backendModels.editor.description')}
                  description={t('backendModels.editor.descriptionHint')}
                  value={state.description}
                  error={state.descriptionError ? t('backendModels.editor.descriptionError', { message: state.descriptionError }) : undefined}
                  onChange={(event) => state.onDescription(event.currentTarget.value)}
                  onBlur={() => state.onDescription(state.description)}
                  autoComplete="off"
                />
              </Stack>
            </Fieldset>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Text size="sm" fw={500} id="model-json-label">
                  {t('backendModels.editor.json')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('backendModels.editor.keys')}
                </Text>
              </Group>
              <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
                <JsonEditor
                  ref={editor}
                  value={state.text}
                  onChange={state.onJson}
                  schema={state.schema}
                  check={state.checkText}
                  lint={state.lint}
                  label={t('backendModels.editor.json')}
                />
              </Paper>
              <ModelErrors
                issues={state.issues}
                type={type}
                fromServer={state.fromServer}
                clear={state.check.valid}
                onSelect={(issue) => editor.current?.focusAt(issue.offset)}
              />
            </Stack>
          </Grid.Col>
        </Grid>

        <ModelEditorActions
          blocked={state.reviewBlocked}
          onReview={state.openReview}
          cancelTo={cancelTo}
          readOnly={readOnly}
          fromServer={state.fromServer}
          parseError={state.parseError}
          errorCount={state.issues.length + (state.descriptionError ? 1 : 0)}
        />
      </Stack>

      <ReviewModelModal
        opened={state.reviewOpen}
        onClose={state.closeReview}
        onConfirm={state.confirm}
        saving={state.save.isPending}
        error={state.save.error}
        errorAction={
          state.conflict ? (
            <Button component={Link} to={editPath} size="xs" variant="white" color="dark">
              {t('backendModels.editor.editInstead', { stage })}
            </Button>
          ) : null
        }
        review={state.review}
        apis={apis}
      />
    </>
  );
}
