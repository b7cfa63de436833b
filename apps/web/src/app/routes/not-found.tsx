import { Button, EmptyState, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';

export function NotFoundRoute() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Paper withBorder radius="md" p="xl">
        <EmptyState title={t('notFound.heading')} description={t('notFound.description')}>
          <EmptyState.Actions>
            <Button component={Link} to="/vpc-authorizations" variant="light">
              {t('notFound.goToStart')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </>
  );
}
