import { useCallback, useMemo, useState } from 'react';
import { SaveBackendModel, type BackendModel, type BackendType, type SavedBackendModel } from '@portico/contracts/backend-models';
import { changedSecretDestination, secretsToRetype } from '@portico/contracts/backend-secrets';
import type { StageName } from '@portico/contracts/published-apis';
import { isApiError } from '@/lib/api-client';
import { newClientToken } from '@/lib/client-token';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { useCreateBackendModel } from '../api/create-backend-model';
import { useModifyBackendModel } from '../api/modify-backend-model';
import type { ModelReview } from '../components/review-model-modal';
import type { ParsedJson } from '../utils/json-document';
import { applyFieldInput, formatModel, type ModelField } from '../utils/model-fields';
import { checkModelText, issuesFromFields, type ModelIssue } from '../utils/model-issues';
import { changedPaths } from '../utils/model-paths';
import { modelJsonSchema } from '../utils/model-schema';
import { modelTemplate } from '../utils/model-template';
import { maskForReview, secretPathsIn } from '../utils/secrets';
import { useShownIssues } from './use-shown-issues';

interface Pending {
  review: ModelReview;
  /** Sent as it was reviewed; the client token stays the same for a Retry of this attempt. */
  body: SaveBackendModel;
}

interface Options {
  backendId: string;
  type: BackendType;
  stage: StageName;
  mode: 'edit' | 'create';
  models: BackendModel[];
  current: BackendModel | undefined;
  readOnly: boolean;
  onSaved: (result: SavedBackendModel) => void;
}

const descriptionRule = SaveBackendModel.shape.description;

/**
 * The state of one stage's model editor: the JSON text (the one state the form and the editor
 * both show), the description, the server's refusals, the copy notice and the review step.
 */
export function useModelEditor({ backendId, type, stage, mode, models, current, readOnly, onSaved }: Options) {
  const [text, setText] = useState(() => formatModel(current?.data ?? modelTemplate(type)));
  const [initialText] = useState(text);
  const [description, setDescription] = useState(current?.description ?? '');
  const [serverIssues, setServerIssues] = useState<ModelIssue[] | null>(null);
  const [copied, setCopied] = useState<{ from: StageName; secrets: boolean } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const changed = text !== initialText || description !== (current?.description ?? '');
  const { release } = useUnsavedChangesGuard(changed);

  const currentData = current?.data;
  const check = useMemo(() => checkModelText(type, text, currentData), [type, text, currentData]);
  const checkText = useCallback((value: string) => checkModelText(type, value, currentData), [type, currentData]);
  const schema = useMemo(() => modelJsonSchema(type), [type]);

  // The form shows the last text that parsed; while the JSON is broken it waits, disabled.
  const [formDoc, setFormDoc] = useState<ParsedJson | null>(check.doc);
  if (check.doc && check.doc !== formDoc) setFormDoc(check.doc);

  const visibility = useShownIssues();
  // The BFF's refusals answer a save the person asked for: always shown.
  const issues = useMemo(() => serverIssues ?? check.issues.filter(visibility.isShown), [serverIssues, check.issues, visibility.isShown]);
  const fieldErrors = useMemo(() => {
    const byPath = new Map<string, string>();
    for (const issue of issues) {
      const key = issue.path.join('.');
      if (key && !byPath.has(key)) byPath.set(key, issue.message);
    }
    return byPath;
  }, [issues]);

  const modify = useModifyBackendModel();
  const create = useCreateBackendModel();
  const save = mode === 'edit' ? modify : create;

  const descriptionRefusal = descriptionRule.safeParse(description.trim() || undefined).error?.issues[0]?.message;
  const canReview = check.valid && !descriptionRefusal && !readOnly && serverIssues === null;
  const descriptionError = visibility.revealed || visibility.touched.has('description') ? descriptionRefusal : undefined;
  // Review is offered while the errors are not shown yet: asking for it shows them.
  const reviewBlocked = !canReview && (readOnly || serverIssues !== null || check.doc === null || visibility.revealed);
  const secrets = secretPathsIn(formDoc?.value).length > 0 || secretPathsIn(currentData).length > 0;
  // A masked secret whose destination moved must be typed again (the BFF refuses it otherwise).
  const movedTo = check.data && Object.keys(secretsToRetype(check.data, currentData)).length > 0 ? changedSecretDestination(check.data, currentData) : undefined;

  const onText = (next: string) => {
    setText(next);
    setServerIssues(null);
  };

  const onField = (field: ModelField, input: string) => {
    visibility.touch(field.path);
    if (check.doc) onText(applyFieldInput(text, check.doc, field, input));
  };

  /** The person typed in the JSON (the editor also reports the changes the form made: those are not typing). */
  const onJson = (next: string) => {
    if (next === text) return;
    visibility.reveal();
    onText(next);
  };

  const onDescription = (next: string) => {
    visibility.touch(['description']);
    setDescription(next);
  };

  const copyFrom = (from: StageName) => {
    const model = models.find((m) => m.stageName === from);
    if (!model) return;
    visibility.reveal();
    onText(formatModel(model.data));
    setCopied({ from, secrets: secretPathsIn(model.data).length > 0 });
  };

  const openReview = () => {
    visibility.reveal();
    if (!canReview || !check.valid) return;
    const shown = maskForReview(check.data);
    save.reset();
    setPending({
      review: { mode, stage, current: currentData ? formatModel(currentData) : null, next: formatModel(shown), changes: currentData ? changedPaths(currentData, shown) : [] },
      body: { data: check.data, description: description.trim() || undefined, clientToken: newClientToken() },
    });
    setReviewOpen(true);
  };

  const confirm = () => {
    if (!pending) return;
    save.mutate(
      { id: backendId, stage, body: pending.body },
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

  return {
    text,
    onJson,
    onField,
    touchField: (field: ModelField) => visibility.touch(field.path),
    description,
    onDescription,
    descriptionError,
    /** The JSON editor's own marks wait like the rest until the errors are shown. */
    lint: visibility.revealed || serverIssues !== null,
    reviewBlocked,
    check,
    checkText,
    schema,
    formDoc,
    fieldErrors,
    issues,
    fromServer: serverIssues !== null,
    parseError: check.doc === null,
    canReview,
    changed,
    secrets,
    movedTo,
    copied,
    dismissCopied: () => setCopied(null),
    copyFrom,
    review: pending?.review ?? null,
    reviewOpen,
    openReview,
    closeReview: () => setReviewOpen(false),
    confirm,
    save,
    conflict: isApiError(save.error) && save.error.status === 409,
  };
}

export type ModelEditorState = ReturnType<typeof useModelEditor>;
