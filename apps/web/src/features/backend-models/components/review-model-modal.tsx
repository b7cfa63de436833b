import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Button, Code, Group, List, Modal, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { plural } from '@/lib/format';
import type { JsonPath } from '../utils/json-document';
import { displayPath } from '../utils/model-paths';
import { StageApisTable } from './stage-apis-table';

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

/** The last look before CreateBackendModel / ModifyBackendModel: the diff, and the APIs it reaches. */
export function ReviewModelModal({ opened, onClose, onConfirm, saving, error, errorAction, review, apis }: Props) {
  const count = apis.length;
  return (
    <Modal
      opened={opened}
      onClose={saving ? () => undefined : onClose}
      title={review ? `Review ${review.mode === 'create' ? 'the new' : 'changes to the'} ${review.stage} model` : 'Review changes'}
      size="80rem"
    >
      {review ? (
        <Stack gap="md">
          {review.mode === 'edit' && review.changes.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing changed: saving applies the same model again.
            </Text>
          ) : (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {review.mode === 'create' ? 'A new model' : plural(review.changes.length, 'change')}
                {review.mode === 'edit' ? ':' : ` for ${review.stage}.`}
              </Text>
              {review.mode === 'edit' ? (
                <List size="sm" spacing={2}>
                  {review.changes.map((path) => (
                    <List.Item key={displayPath(path)}>
                      <Code>{displayPath(path) || '(the whole model)'}</Code>
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Stack>
          )}

          <Suspense fallback={<Skeleton height={240} aria-label="Loading the diff" />}>
            <ModelDiff current={review.current} next={review.next} stage={review.stage} />
          </Suspense>

          {count > 0 ? (
            <Alert color="blue" variant="light" role="note" title={`Saving updates these ${plural(count, 'API')} at once, without a publish`}>
              <ScrollArea.Autosize mah={200} type="auto">
                <StageApisTable apis={apis} stage={review.stage} label={`APIs published in ${review.stage} this change reaches`} />
              </ScrollArea.Autosize>
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              No API published in {review.stage} uses this backend: nothing else changes.
            </Text>
          )}

          {error ? (
            <ApiErrorAlert error={error} title="The model was not saved" onRetry={onConfirm} retrying={saving}>
              {errorAction}
            </ApiErrorAlert>
          ) : null}

          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={saving}>
              Back to edit
            </Button>
            <Button onClick={onConfirm} loading={saving}>
              Confirm and save
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
