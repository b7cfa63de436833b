import { Button, Code, EmptyState, Paper, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';

/** A screen's code failed to load (often: a new version was deployed) or threw while rendering. */
function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
}

export function RouteError() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  const chunk = isChunkLoadError(error);
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);

  return (
    <>
      <PageHeader title="Something went wrong" />
      <Paper withBorder radius="md" p="xl">
        <EmptyState
          title={chunk ? 'This screen could not be loaded' : 'This screen stopped working'}
          description={
            chunk
              ? 'The connection may have dropped, or Portico was updated. Reloading usually fixes it.'
              : 'Reloading may help. If it keeps happening, please report what you were doing.'
          }
        >
          <Stack align="center" gap="sm">
            <Text size="xs" c="dimmed">
              <Code>{detail}</Code>
            </Text>
            <EmptyState.Actions>
              <Button onClick={() => window.location.reload()}>Reload</Button>
              <Button component={Link} to="/vpc-authorizations" variant="default">
                Go to VPC authorizations
              </Button>
            </EmptyState.Actions>
          </Stack>
        </EmptyState>
      </Paper>
    </>
  );
}
