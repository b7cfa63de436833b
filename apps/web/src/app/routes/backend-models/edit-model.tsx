import { useState } from 'react';
import { Paper } from '@mantine/core';
import { BackendType, type BackendDetail } from '@portico/contracts/backend-models';
import { StageName } from '@portico/contracts/published-apis';
import { accessOf, routes } from '@portico/contracts/routes';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const parsedStage = StageName.safeParse(useParams().stage);
  const detail = useBackend(id);
  const name = detail.data?.backend.name ?? id;
  const stage = parsedStage.success ? parsedStage.data : 'TEST';
  const title = mode === 'edit' ? t('backendModels.editor.titleEdit', { stage }) : t('backendModels.editor.titleCreate', { stage });
  usePageTitle(`${title} · ${name}`);
  const route = mode === 'edit' ? routes.modifyBackendModel : routes.createBackendModel;
  const detailPath = backendPath(id, { stage });

  if (!parsedStage.success) return <Navigate to={backendPath(id)} replace />;

  return (
    <>
      <PageHeader
        title={title}
        description={mode === 'edit' ? t('backendModels.editor.descriptionEdit', { name, stage }) : t('backendModels.editor.descriptionCreate', { name, stage })}
        crumbs={[
          { label: t('backendModels.title'), to: '/backend-models' },
          { label: name, to: detailPath },
          { label: mode === 'edit' ? t('backendModels.editor.crumbEdit', { stage }) : t('backendModels.editor.crumbCreate', { stage }) },
        ]}
      />
      <RequireAccess access={accessOf(route)} resource={{ kind: 'backend-model', stage }} backTo={{ label: t('backendModels.backTo', { name }), to: detailPath }}>
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
  const { t } = useTranslation();
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
    return <ApiErrorAlert error={new Error(t('backendModels.unavailable', { type: backend.type }))} title={t('backendModels.noEditor')} />;
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
