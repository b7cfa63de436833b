import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Code, List, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ReviewDialog } from '@/components/review/review-dialog';
import { PublishedApisTable } from '@/components/ui/published-apis-table';
import type { JsonPath } from '../utils/json-document';
import { displayPath } from '../utils/model-paths';

// @codemirror/merge loads when the first review opens.
const ModelDiff = lazy(() => import('./model-diff').then((m) => ({ default: m.ModelDiff })));

export interface ModelReview {
  mode: 'edit' | 'create';
  stage: string;
  /** Both sides formatted alike, with secrets masked. */
  current: string | null;
  next: string;
  changes: JsonPath[];
}

interface Props {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  saving: boolean;
  error: unknown;
  /** Shown with the error, e.g. a way to the model that exists by now. */
  errorAction?: ReactNode;
  review: ModelReview | null;
  apis: PublishedApi[];
}

function ChangedPaths({ review }: { review: ModelReview }) {
  const { t } = useTranslation();
  if (review.mode === 'edit' && review.changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('backendModels.review.nothingChanged')}
      </Text>
    );
  }
  if (review.mode === 'create') {
    return (
      <Text size="sm" fw={500}>
        {t('backendModels.review.newModel', { stage: review.stage })}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('backendModels.review.changes', { count: review.changes.length })}
      </Text>
      <List size="sm" spacing={2}>
        {review.changes.map((path) => (
          <List.Item key={displayPath(path)}>
            <Code>{displayPath(path) || t('backendModels.review.wholeModel')}</Code>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The last look before CreateBackendModel / ModifyBackendModel: the diff, and the APIs it reaches. */
export function ReviewModelModal({ opened, onClose, onConfirm, saving, error, errorAction, review, apis }: Props) {
  const { t } = useTranslation();
  const count = apis.length;
  const title = review
    ? review.mode === 'create'
      ? t('backendModels.review.titleCreate', { stage: review.stage })
      : t('backendModels.review.titleEdit', { stage: review.stage })
    : t('backendModels.review.title');
  return (
    <ReviewDialog
      opened={opened}
      onClose={onClose}
      onConfirm={onConfirm}
      saving={saving}
      error={error}
      errorTitle={t('backendModels.review.notSaved')}
      errorAction={errorAction}
      title={title}
      size="80rem"
      ready={review !== null}
    >
      {review ? (
        <>
          <ChangedPaths review={review} />
          <Suspense fallback={<Skeleton height={240} aria-label={t('backendModels.review.loadingDiff')} />}>
            <ModelDiff current={review.current} next={review.next} stage={review.stage} />
          </Suspense>
          {count > 0 ? (
            <Alert color="blue" variant="light" role="note" title={t('backendModels.apisReach', { count })}>
              <ScrollArea.Autosize mah={200} type="auto">
                <PublishedApisTable
                  apis={apis}
                  showStage={false}
                  label={t('backendModels.review.apisTable', { stage: review.stage })}
                  empty={t('backendModels.stageApis.none', { stage: review.stage })}
                />
              </ScrollArea.Autosize>
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {t('backendModels.review.noApis', { stage: review.stage })}
            </Text>
          )}
        </>
      ) : null}
    </ReviewDialog>
  );
}
