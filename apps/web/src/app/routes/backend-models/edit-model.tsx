import { useState } from 'react';
import { Paper } from '@mantine/core';
import { BackendType, type BackendDetail } from '@portico/contracts/backend-models';
import { StageName } from '@portico/contracts/published-apis';
import { accessOf, routes } from '@portico/contracts/routes';
import { Navigate, useNavigate, useParams } from 'react-router';
import { RequireAccess } from '@/components/auth/require-access';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { useBackend } from '@/features/backend-models/api/get-backend';
import { backendPath, modelEditorPath } from '@/features/backend-models/components/backend-table';
import { ModelEditor } from '@/features/backend-models/components/model-editor';
import { useDeniedReason } from '@/lib/session';
import { BackendLoadError, BackendSkeleton } from './load-state';
import type { ModelSavedState } from './navigation-state';

type Mode = 'edit' | 'create';

/**
 * The model editor of one stage (this module is the only one that pulls CodeMirror). `edit`
 * changes the stage's model; `create` adds one to a stage that has none.
 */
function ModelEditorRoute({ mode }: { mode: Mode }) {
  const id = useParams().id ?? '';
  const parsedStage = StageName.safeParse(useParams().stage);
  const detail = useBackend(id);
  const name = detail.data?.backend.name ?? id;
  const stage = parsedStage.success ? parsedStage.data : 'TEST';
  const title = mode === 'edit' ? `Edit the ${stage} model` : `Create the ${stage} model`;
  usePageTitle(`${title} · ${name}`);
  const route = mode === 'edit' ? routes.modifyBackendModel : routes.createBackendModel;
  const detailPath = backendPath(id, { stage });

  if (!parsedStage.success) return <Navigate to={backendPath(id)} replace />;

  return (
    <>
      <PageHeader
        title={title}
        description={
          mode === 'edit'
            ? `${name}: the backend definition the APIs published in ${stage} use (ModifyBackendModel). You review the difference before it is saved.`
            : `${name}: a backend definition for ${stage} (CreateBackendModel). You review it before it is saved.`
        }
        crumbs={[{ label: 'Backend models', to: '/backend-models' }, { label: name, to: detailPath }, { label: mode === 'edit' ? `Edit ${stage}` : `Create ${stage}` }]}
      />
      <RequireAccess access={accessOf(route)} resource={{ kind: 'backend-model', stage }} backTo={{ label: `Back to ${name}`, to: detailPath }}>
        <EditorScreen id={id} stage={stage} mode={mode} />
      </RequireAccess>
    </>
  );
}

function EditorScreen({ id, stage, mode }: { id: string; stage: StageName; mode: Mode }) {
  const detail = useBackend(id);
  if (detail.isPending) return <BackendSkeleton />;
  if (detail.isError) {
    return <BackendLoadError id={id} error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />;
  }
  return <StageEditor key={`${id}:${stage}`} detail={detail.data} stage={stage} mode={mode} />;
}

function StageEditor({ detail, stage, mode }: { detail: BackendDetail; stage: StageName; mode: Mode }) {
  const navigate = useNavigate();
  const { backend, models, boundApis } = detail;
  const id = backend.id;
  const current = models.find((m) => m.stageName === stage);
  // Whether the stage had a model when the editor opened decides create or edit for good: the
  // model a create has just made must not turn this screen into an edit under the save.
  const [hadModel] = useState(() => current !== undefined);
  // The route keeps viewers out already; the editor also turns read-only by this reason.
  const denied = useDeniedReason(accessOf(mode === 'edit' ? routes.modifyBackendModel : routes.createBackendModel), { kind: 'backend-model', name: backend.name, stage });

  const type = BackendType.safeParse(backend.type);
  if (!type.success) {
    return <ApiErrorAlert error={new Error(`The console cannot edit ${backend.type} backends yet.`)} title="This backend type has no editor" />;
  }
  // A model that exists is edited, one that does not is created: the other URL is a stale link.
  if (mode === 'edit' && !hadModel) return <Navigate to={modelEditorPath(id, stage, 'new')} replace />;
  if (mode === 'create' && hadModel) return <Navigate to={modelEditorPath(id, stage, 'edit')} replace />;

  return (
    <Paper withBorder radius="md" p="lg">
      <ModelEditor
        backend={backend}
        type={type.data}
        stage={stage}
        mode={mode}
        models={models}
        current={mode === 'edit' ? current : undefined}
        apis={boundApis[stage]}
        cancelTo={backendPath(id, { stage })}
        editPath={modelEditorPath(id, stage, 'edit')}
        readOnlyReason={denied}
        onSaved={(result) => {
          const state: ModelSavedState = { modelSaved: { stage, created: mode === 'create', task: Boolean(result.task) } };
          void navigate(backendPath(id, { stage, task: result.task?.id }), { state });
        }}
      />
    </Paper>
  );
}

export function EditBackendModelRoute() {
  return <ModelEditorRoute mode="edit" />;
}

export function CreateBackendModelRoute() {
  return <ModelEditorRoute mode="create" />;
}
