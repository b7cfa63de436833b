import { Button, EmptyState, Paper, Skeleton, Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';

/** Loading and failure of one authorization, shared by its detail and edit screens. */
export function AuthorizationSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading VPC authorization">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={14} width={`${50 + ((i * 13) % 40)}%`} />
          ))}
        </Stack>
      </Paper>
      <Skeleton height={160} radius="md" />
    </Stack>
  );
}

export function AuthorizationLoadError({ name, error, onRetry, retrying }: { name: string; error: unknown; onRetry: () => void; retrying: boolean }) {
  const navigate = useNavigate();
  if (isApiError(error) && error.isNotFound) {
    return (
      <Paper withBorder radius="md" p="xl">
        <EmptyState title={`There is no VPC authorization named “${name}”`} description="It may have been removed, or the link is mistyped.">
          <EmptyState.Actions>
            <Button variant="light" onClick={() => void navigate('/vpc-authorizations')}>
              Back to the list
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  }
  return <ApiErrorAlert error={error} title="Could not load the VPC authorization" onRetry={onRetry} retrying={retrying} />;
}
