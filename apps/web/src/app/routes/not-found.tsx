import { Button, EmptyState, Paper } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';

export function NotFoundRoute() {
  usePageTitle('Page not found');
  return (
    <>
      <PageHeader title="Page not found" />
      <Paper withBorder radius="md" p="xl">
        <EmptyState title="There is nothing at this address" description="The link may be old, or the address mistyped.">
          <EmptyState.Actions>
            <Button component={Link} to="/vpc-authorizations" variant="light">
              Go to VPC authorizations
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </>
  );
}
