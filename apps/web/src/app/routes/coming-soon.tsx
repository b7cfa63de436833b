import { EmptyState, Paper } from '@mantine/core';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';

export function ComingSoonRoute({ title, description }: { title: string; description: string }) {
  usePageTitle(title);
  return (
    <>
      <PageHeader title={title} description={description} />
      <Paper withBorder radius="md" p="xl">
        <EmptyState title="Coming soon" description="This part of Portico is being built. VPC authorizations are ready to use in the meantime." />
      </Paper>
    </>
  );
}
