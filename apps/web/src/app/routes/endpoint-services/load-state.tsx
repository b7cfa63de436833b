import { Button, EmptyState, Paper, Skeleton, Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';

/** Loading and failure of one endpoint service, shared by its detail and edit screens. */
export function EndpointServiceSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading endpoint service">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          {Array.from({ length: 7 }, (_, i) => (
            <Skeleton key={i} height={14} width={`${50 + ((i * 13) % 40)}%`} />
          ))}
        </Stack>
      </Paper>
      <Skeleton height={200} radius="md" />
      <Skeleton height={120} radius="md" />
    </Stack>
  );
}

export function EndpointServiceLoadError({ id, error, onRetry, retrying }: { id: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  const navigate = useNavigate();
  // A malformed id is answered 400 by the BFF: for a person it is the same as a missing service.
  if (isApiError(error) && (error.isNotFound || (error.status === 400 && error.fields?.id))) {
    return (
      <Paper withBorder radius="md" p="xl">
        <EmptyState title={`There is no endpoint service with id “${id}”`} description="It may have been deleted, or the link is mistyped.">
          <EmptyState.Actions>
            <Button variant="light" onClick={() => void navigate('/endpoint-services')}>
              Back to the list
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  }
  return <ApiErrorAlert error={error} title="Could not load the endpoint service" onRetry={onRetry} retrying={retrying} />;
}
