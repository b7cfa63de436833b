import { useState } from 'react';
import { Group, Pagination, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangeState } from '@portico/contracts/changes';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useChanges, type ChangeView } from '@/features/changes/api/changes';
import { ChangesTable } from '@/features/changes/components/changes-table';
import { FreezesPanel } from '@/features/changes/components/freezes-panel';
import { PoliciesPanel } from '@/features/changes/components/policies-panel';

/** `/changes`: requests held for review — mine, waiting for me, everyone's — with a state filter. */
export function ChangesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('changes.title'));
  const [view, setView] = useState<ChangeView>('waiting');
  const [state, setState] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const changes = useChanges(view, state ?? undefined, page);
  const headers = (['change', 'profile', 'reach', 'state', 'approvals', 'author', 'opened'] as const).map((h) => t(`changes.table.${h}`));

  let content;
  if (changes.isPending) content = <TableSkeleton headers={headers} rows={3} label={t('changes.loading')} />;
  else if (changes.isError)
    content = <ApiErrorAlert error={changes.error} title={t('changes.loadFailed')} onRetry={() => void changes.refetch()} retrying={changes.isFetching} />;
  else if (changes.data.items.length === 0)
    content = (
      <Text size="sm" c="dimmed" py="md">
        {t(`changes.empty.${view}`)}
      </Text>
    );
  else content = <ChangesTable items={changes.data.items} />;

  return (
    <>
      <PageHeader title={t('changes.title')} description={t('changes.description')} />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Group gap="sm" wrap="wrap">
            <SegmentedControl
              value={view}
              onChange={(v) => {
                setView(v as ChangeView);
                setPage(1);
              }}
              data={(['waiting', 'mine', 'all'] as const).map((v) => ({ value: v, label: t(`changes.view.${v}`) }))}
              aria-label={t('changes.view.label')}
            />
            <Select
              aria-label={t('changes.filterState')}
              placeholder={t('changes.anyState')}
              clearable
              value={state}
              onChange={(v) => {
                setState(v);
                setPage(1);
              }}
              data={ChangeState.options.map((s) => ({ value: s, label: t(`changes.state.${s}`) }))}
              w={180}
            />
          </Group>
          {content}
          {changes.data && changes.data.total > changes.data.pageSize ? (
            <Pagination total={Math.ceil(changes.data.total / changes.data.pageSize)} value={page} onChange={setPage} aria-label={t('changes.pages')} />
          ) : null}
        </Stack>
      </Paper>
      <Stack gap="lg" mt="lg">
        <PoliciesPanel />
        <FreezesPanel />
      </Stack>
    </>
  );
}
