import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, Badge, Button, Fieldset, Grid, Group, Menu, Paper, Stack, Text, TextInput } from '@mantine/core';
import { SaveBackendModel, type Backend, type BackendModel, type BackendType, type SavedBackendModel } from '@portico/contracts/backend-models';
import { StageName, type PublishedApi } from '@portico/contracts/published-apis';
import { Link } from 'react-router';
import { IconChevronDown, IconLock } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { newClientToken } from '@/lib/client-token';
import { plural } from '@/lib/format';
import { useCreateBackendModel } from '../api/create-backend-model';
import { useModifyBackendModel } from '../api/modify-backend-model';
import type { ParsedJson } from '../utils/json-document';
import { applyFieldInput, formatModel, modelFields, type ModelField } from '../utils/model-fields';
import { checkModelText, issuesFromFields, type ModelIssue } from '../utils/model-issues';
import { changedPaths } from '../utils/model-paths';
import { modelJsonSchema } from '../utils/model-schema';
import { modelTemplate } from '../utils/model-template';
import { changedSecretDestination, secretsToRetype } from '@portico/contracts/backend-secrets';
import { maskForReview, secretPathsIn } from '../utils/secrets';
import { JsonEditor, type JsonEditorHandle } from './json-editor';
import { ModelErrors } from './model-errors';
import { ModelFormFields } from './model-form-fields';
import { ReviewModelModal, type ModelReview } from './review-model-modal';

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

interface Pending {
  review: ModelReview;
  /** Sent as it was reviewed; the client token stays the same for a Retry of this attempt. */
  body: SaveBackendModel;
}

const descriptionRule = SaveBackendModel.shape.description;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One stage's backend model: the type's common fields and the whole model as JSON, kept in
 * sync both ways (the JSON text is the one state), checked as you type, reviewed as a diff
 * before CreateBackendModel / ModifyBackendModel.
 */
export function ModelEditor({ backend, type, stage, mode, models, current, apis, cancelTo, editPath, readOnlyReason, onSaved }: Props) {
  const [text, setText] = useState(() => formatModel(current?.data ?? modelTemplate(type)));
  const [initialText] = useState(text);
  const [description, setDescription] = useState(current?.description ?? '');
  const [serverIssues, setServerIssues] = useState<ModelIssue[] | null>(null);
  const [copied, setCopied] = useState<{ from: StageName; secrets: boolean } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const editor = useRef<JsonEditorHandle>(null);
  const { release } = useUnsavedChangesGuard(text !== initialText || description !== (current?.description ?? ''));

  const currentData = current?.data;
  const check = useMemo(() => checkModelText(type, text, currentData), [type, text, currentData]);
  const checkText = useCallback((value: string) => checkModelText(type, value, currentData), [type, currentData]);
  const schema = useMemo(() => modelJsonSchema(type), [type]);

  // The form shows the last text that parsed; while the JSON is broken it waits, disabled.
  const [formDoc, setFormDoc] = useState<ParsedJson | null>(check.doc);
  if (check.doc && check.doc !== formDoc) setFormDoc(check.doc);

  const fieldErrors = useMemo(() => {
    const byPath = new Map<string, string>();
    for (const issue of serverIssues ?? check.issues) {
      const key = issue.path.join('.');
      if (key && !byPath.has(key)) byPath.set(key, issue.message);
    }
    return byPath;
  }, [check.issues, serverIssues]);

  const modify = useModifyBackendModel();
  const create = useCreateBackendModel();
  const save = mode === 'edit' ? modify : create;

  const descriptionError = descriptionRule.safeParse(description.trim() || undefined).error?.issues[0]?.message;
  const readOnly = readOnlyReason !== undefined;
  const issues = serverIssues ?? check.issues;
  const canReview = check.valid && !descriptionError && !readOnly && serverIssues === null;
  const secrets = secretPathsIn(formDoc?.value).length > 0 || secretPathsIn(currentData).length > 0;
  // A masked secret whose destination moved must be typed again (the BFF refuses it otherwise).
  const movedTo = check.data && Object.keys(secretsToRetype(check.data, currentData)).length > 0 ? changedSecretDestination(check.data, currentData) : undefined;
  const changed = text !== initialText || description !== (current?.description ?? '');

  const onText = (next: string) => {
    setText(next);
    setServerIssues(null);
  };

  const onField = (field: ModelField, input: string) => {
    if (!check.doc) return;
    onText(applyFieldInput(text, check.doc, field, input));
  };

  const copyFrom = (from: StageName) => {
    const model = models.find((m) => m.stageName === from);
    if (!model) return;
    onText(formatModel(model.data));
    setCopied({ from, secrets: secretPathsIn(model.data).length > 0 });
  };

  const openReview = () => {
    if (!check.valid || descriptionError) return;
    const shown = maskForReview(check.data);
    save.reset();
    setPending({
      review: {
        mode,
        stage,
        current: currentData ? formatModel(currentData) : null,
        next: formatModel(shown),
        changes: currentData ? changedPaths(currentData, shown) : [],
      },
      body: { data: check.data, description: description.trim() || undefined, clientToken: newClientToken() },
    });
    setReviewOpen(true);
  };

  const confirm = () => {
    if (!pending) return;
    save.mutate(
      { id: backend.id, stage, body: pending.body },
      {
        onSuccess: (result) => {
          release();
          setReviewOpen(false);
          onSaved(result);
        },
        onError: (error) => {
          // Values the BFF refused belong in the list of model errors, at their lines.
          if (isApiError(error) && error.fields) {
            const placed = issuesFromFields(text, error.fields);
            if (placed.length > 0) {
              setReviewOpen(false);
              setServerIssues(placed);
            }
          }
        },
      },
    );
  };

  const conflict = isApiError(save.error) && save.error.status === 409;
  const otherStages = StageName.options.filter((s) => s !== stage);
  const parseError = check.doc === null;

  return (
    <>
      <Stack gap="md">
        {readOnlyReason ? (
          <Alert color="gray" variant="light" icon={<IconLock />} title="Read only">
            {readOnlyReason}
          </Alert>
        ) : null}
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm">
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={14} />} disabled={readOnly}>
                  Copy from stage
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Replace the editor’s model with</Menu.Label>
                {otherStages.map((s) => {
                  const has = models.some((m) => m.stageName === s);
                  return (
                    <Menu.Item key={s} disabled={!has} onClick={() => copyFrom(s)}>
                      {has ? `The ${s} model` : `${s} (no model)`}
                    </Menu.Item>
                  );
                })}
              </Menu.Dropdown>
            </Menu>
            {changed ? (
              <Badge color="yellow" variant="light">
                Unsaved changes
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {mode === 'edit' && apis.length > 0
              ? `Saving updates ${plural(apis.length, 'API')} published in ${stage} at once, without a publish.`
              : `Checked against the ${type} schema as you type.`}
          </Text>
        </Group>

        {copied ? (
          <Alert
            color="blue"
            variant="light"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setCopied(null)}
            role="status"
            title={`Copied the ${copied.from} model`}
          >
            <Text size="sm">
              The editor now holds the {copied.from} model. Edit what differs in {stage}, then review.
              {copied.secrets ? ` Secrets are not copied between stages: ****** keeps ${stage}'s own value, or must be typed if ${stage} has none.` : ''}
            </Text>
          </Alert>
        ) : null}

        {secrets ? (
          movedTo ? (
            <Alert color="orange" variant="light" icon={<IconLock />} p="xs" role="alert">
              <Text size="sm">{capitalize(movedTo.label)} changed, so type each ****** secret again: a stored secret is never sent to a new destination.</Text>
            </Alert>
          ) : (
            <Alert color="gray" variant="light" icon={<IconLock />} p="xs" role="note">
              <Text size="sm">Secrets are write-only: leave ****** to keep the current value</Text>
            </Alert>
          )
        ) : null}

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Fieldset legend={`${type} fields`} radius="md" disabled={readOnly}>
              <Stack gap="sm">
                {parseError ? (
                  <Text size="xs" c="orange" role="note">
                    The JSON does not parse: fix it to edit with the form again.
                  </Text>
                ) : null}
                <ModelFormFields fields={modelFields[type]} data={formDoc?.value} errors={fieldErrors} disabled={parseError || readOnly} onInput={onField} />
                <TextInput
                  label="Description"
                  description="Of this stage's model. Optional."
                  value={description}
                  error={descriptionError ? `Description ${descriptionError}` : undefined}
                  onChange={(event) => setDescription(event.currentTarget.value)}
                  autoComplete="off"
                />
              </Stack>
            </Fieldset>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Text size="sm" fw={500} id="model-json-label">
                  Model JSON
                </Text>
                <Text size="xs" c="dimmed">
                  Ctrl+Space completes keys · Ctrl+Shift+M lists the problems
                </Text>
              </Group>
              <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
                <JsonEditor ref={editor} value={text} onChange={onText} schema={schema} check={checkText} label="Model JSON" />
              </Paper>
              <ModelErrors issues={issues} type={type} fromServer={serverIssues !== null} onSelect={(issue) => editor.current?.focusAt(issue.offset)} />
            </Stack>
          </Grid.Col>
        </Grid>

        <Group gap="sm">
          <Button onClick={openReview} disabled={!canReview} aria-describedby={canReview ? undefined : 'review-blocked'}>
            Review changes
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
          {canReview ? null : (
            <Text id="review-blocked" size="sm" c="dimmed">
              {readOnly
                ? 'Your role cannot save models.'
                : serverIssues
                  ? 'Change the refused values to review again.'
                  : parseError
                    ? 'Fix the JSON syntax to review.'
                    : `Fix the ${plural(issues.length + (descriptionError ? 1 : 0), 'error')} to review.`}
            </Text>
          )}
        </Group>
      </Stack>

      <ReviewModelModal
        opened={reviewOpen}
        onClose={() => setReviewOpen(false)}
        onConfirm={confirm}
        saving={save.isPending}
        error={save.error}
        errorAction={
          conflict ? (
            <Button component={Link} to={editPath} size="xs" variant="white" color="dark">
              Edit the {stage} model instead
            </Button>
          ) : null
        }
        review={pending?.review ?? null}
        apis={apis}
      />
    </>
  );
}
