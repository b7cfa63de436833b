import { Button, Code, EmptyState, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';

/** A screen's code failed to load (often: a new version was deployed) or threw while rendering. */
function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
}

export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  const chunk = isChunkLoadError(error);
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);

  return (
    <>
      <PageHeader title={t('routeError.title')} />
      <Paper withBorder radius="md" p="xl">
        <EmptyState title={chunk ? t('routeError.chunkHeading') : t('routeError.crashHeading')} description={chunk ? t('routeError.chunkBody') : t('routeError.crashBody')}>
          <Stack align="center" gap="sm">
            <Text size="xs" c="dimmed">
              <Code>{detail}</Code>
            </Text>
            <EmptyState.Actions>
              <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
              <Button component={Link} to="/vpc-authorizations" variant="default">
                {t('routeError.goToStart')}
              </Button>
            </EmptyState.Actions>
          </Stack>
        </EmptyState>
      </Paper>
    </>
  );
}
