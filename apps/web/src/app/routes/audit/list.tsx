import { Button, EmptyState, Group, NativeSelect, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { TimeZoneNote } from '@/components/layout/time-zone-note';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useAuditEvents } from '@/features/audit/api/list-audit-events';
import { AuditFilters } from '@/features/audit/components/audit-filters';
import { AuditTable, auditEventPath, useAuditColumns } from '@/features/audit/components/audit-table';
import { AuditExportButtons } from '@/features/audit/components/export-buttons';
import { PAGE_SIZES, filtersOf, hasFilters, readAuditQuery, withFilter, withoutFilters, type FilterKey } from '@/features/audit/utils/filters';
import type { AuditBackState } from './navigation-state';

/** The URL's query as it is now (a debounced filter may outlive the render that made it). */
const currentParams = () => new URLSearchParams(window.location.search);

export function AuditListRoute() {
  const { t } = useTranslation();
  const auditColumns = useAuditColumns();
  usePageTitle(t('audit.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const query = readAuditQuery(params);
  const list = useAuditEvents(query);
  const backState: AuditBackState = { from: location.search };

  const setFilter = (key: FilterKey, value: string | undefined) => {
    const next = withFilter(currentParams(), key, value);
    if (next.toString() !== currentParams().toString()) setParams(next);
  };
  const clearFilters = () => setParams(withoutFilters(currentParams()));
  const setPaging = (changes: { page?: number; pageSize?: number }) =>
    setParams(() => {
      const next = currentParams();
      if (changes.pageSize !== undefined) {
        next.set('pageSize', String(changes.pageSize));
        next.delete('page');
      }
      if (changes.page !== undefined) {
        if (changes.page > 1) next.set('page', String(changes.page));
        else next.delete('page');
      }
      return next;
    });

  const data = list.data;
  const totalPages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const first = data && data.items.length > 0 ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? first + data.items.length - 1 : 0;

  let content;
  if (list.isPending) {
    content = <TableSkeleton headers={auditColumns} rows={Math.min(query.pageSize, 8)} label={t('list.loading', { what: t('audit.what') })} />;
  } else if (list.isError && !data) {
    content = <ApiErrorAlert error={list.error} title={t('audit.empty.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  } else if (data && data.items.length === 0) {
    content = hasFilters(query) ? (
      <EmptyState title={t('audit.empty.noMatchTitle')} description={t('audit.empty.noMatchDescription')} />
    ) : query.page > 1 ? (
      <EmptyState title={t('list.pageEmpty')} description={t('list.inAll', { count: data.total, noun: t('audit.noun') })}>
        <EmptyState.Actions>
          <Button variant="light" onClick={() => setPaging({ page: 1 })}>
            {t('list.firstPage')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState title={t('audit.empty.noneTitle')} description={t('audit.empty.noneDescription')} />
    );
  } else if (data) {
    content = <AuditTable events={data.items} onOpen={(id) => void navigate(auditEventPath(id), { state: backState })} linkState={backState} stale={list.isPlaceholderData} />;
  }

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} actions={<AuditExportButtons filter={filtersOf(query)} />} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <AuditFilters query={query} onChange={setFilter} onClear={clearFilters} />
          <TimeZoneNote />
          {list.isError && data ? (
            <Text size="sm" c="red" role="alert">
              {t('list.refreshFailed', { message: list.error.message })}
            </Text>
          ) : null}
          {content}
          {data && data.total > 0 ? (
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('list.showing', { first, last, total: data.total })}
              </Text>
              <Group gap="md" wrap="wrap">
                <NativeSelect
                  label={t('list.rowsPerPage')}
                  data={PAGE_SIZES}
                  value={String(query.pageSize)}
                  onChange={(event) => setPaging({ pageSize: Number(event.currentTarget.value) })}
                  size="xs"
                  classNames={{ root: 'portico-inline-field', wrapper: 'portico-page-size' }}
                />
                <Pagination
                  total={totalPages}
                  value={Math.min(query.page, totalPages)}
                  onChange={(value) => setPaging({ page: value })}
                  size="sm"
                  aria-label={t('list.pages')}
                  getControlProps={(control) => ({ 'aria-label': t(`list.pageControl.${control}`) })}
                />
              </Group>
            </Group>
          ) : null}
        </Stack>
      </Paper>
    </>
  );
}
