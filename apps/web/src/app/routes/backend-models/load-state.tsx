import { Button, EmptyState, Paper, Skeleton, Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';

/** Loading and failure of one backend, shared by its detail and model editor screens. */
export function BackendSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading backend">
      <Skeleton height={34} width={320} radius="md" />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={14} width={`${50 + ((i * 13) % 40)}%`} />
          ))}
        </Stack>
      </Paper>
      <Skeleton height={200} radius="md" />
    </Stack>
  );
}

export function BackendLoadError({ id, error, onRetry, retrying }: { id: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  const navigate = useNavigate();
  if (isApiError(error) && (error.isNotFound || error.status === 400)) {
    return (
      <Paper withBorder radius="md" p="xl">
        <EmptyState title={`There is no backend with id “${id}”`} description="It may have been deleted, or the link is mistyped.">
          <EmptyState.Actions>
            <Button variant="light" onClick={() => void navigate('/backend-models')}>
              Back to the list
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  }
  return <ApiErrorAlert error={error} title="Could not load the backend" onRetry={onRetry} retrying={retrying} />;
}
