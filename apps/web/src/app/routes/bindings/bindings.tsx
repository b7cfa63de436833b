import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, EmptyState, Group, Loader, Paper, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ResourceKind, type FindingKind, type SearchHit } from '@portico/contracts/bindings';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconAlert, IconRefresh } from '@/components/ui/icons';
import { backendPath } from '@/features/backend-models/components/backend-table';
import { useInventory } from '@/features/bindings/api/get-inventory';
import { ApiBindingsTable } from '@/features/bindings/components/api-bindings-table';
import { ApiChainPanel } from '@/features/bindings/components/api-chain';
import { BindingsFilters } from '@/features/bindings/components/bindings-filters';
import { BindingsSearch } from '@/features/bindings/components/bindings-search';
import { BindingsGraph } from '@/features/bindings/components/bindings-graph';
import { InventoryExportButtons } from '@/features/bindings/components/export-buttons';
import type { FindingFixHref } from '@/features/bindings/components/finding-item';
import { FindingsPanel } from '@/features/bindings/components/findings-panel';
import { ResourceImpactPanel } from '@/features/bindings/components/resource-impact';
import { InventoryGaps } from '@/features/bindings/components/inventory-gaps';
import { InventoryBuildFailed, InventoryProgress } from '@/features/bindings/components/inventory-progress';
import { InventorySummary } from '@/features/bindings/components/inventory-summary';
import { ResourceTable } from '@/features/bindings/components/resource-table';
import { useInventoryBuild } from '@/features/bindings/hooks/use-inventory-build';
import { filterInventory, filterKeys, hasFilters, readBindingFilters, withFilters, withoutFilters, type FilterKey } from '@/features/bindings/utils/filters';
import { buildInventoryIndex } from '@/features/bindings/utils/inventory-index';
import type { ResourceHref } from '@/features/bindings/utils/labels';
import { endpointServicePath } from '@/features/endpoint-services/components/endpoint-service-table';
import { ipControlPath } from '@/features/ip-controls/components/ip-control-table';
import { vpcAuthorizationPath } from '@/features/vpc-authorizations/components/vpc-authorization-table';
import { isApiError } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';

/** The ACLs' list, where an ACL is bound to APIs. */
const IP_CONTROLS_PATH = '/ip-access-control';

/** Where each kind of resource is looked after: the one place that knows the other screens. */
const resourceHref: ResourceHref = (resource) => {
  switch (resource.kind) {
    case 'vpc-authorization':
      return vpcAuthorizationPath(resource.name);
    case 'ip-control':
      return ipControlPath(resource.id);
    case 'backend':
      return backendPath(resource.id);
    case 'endpoint-service':
      return endpointServicePath(resource.id);
  }
};

/** Where a finding is fixed: its resource's screen; an API without an ACL gets one on the ACLs' screen. */
const findingFixHref: FindingFixHref = (finding) => {
  const [kind, ...rest] = finding.subject.split(':');
  const id = rest.join(':');
  if (finding.kind === 'unprotected-api') return IP_CONTROLS_PATH;
  const parsed = ResourceKind.safeParse(kind);
  return parsed.success ? resourceHref({ kind: parsed.data, id, name: finding.subjectName }) : undefined;
};

/** The URL's query as it is now (a handler may outlive the render that made it). */
const currentParams = () => new URLSearchParams(window.location.search);

const TABLE_HEIGHT = 520;

export function BindingsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('bindings.page.title'));
  const { profileId } = useActiveProfile();
  // The whole inventory (graph, findings, resources) is several MB at 10,000 APIs: parsing and
  // indexing it took the main thread while the table's first page waited to be drawn. It is asked
  // for once the table has its first rows (or its answer), so the rows come first.
  const [tableSettled, setTableSettled] = useState(false);
  // Both told by the table as its first rows commit: as transitions, so the page's own re-render
  // (the whole route) comes after those rows are painted rather than before.
  const settleTable = useCallback(() => startTransition(() => setTableSettled(true)), []);
  const [tab, setTab] = useState<string | null>('apis');
  const inventory = useInventory({ enabled: tableSettled || tab !== 'apis' });
  const build = useInventoryBuild(profileId);
  const [params, setParams] = useSearchParams();
  const [rowCount, setRowCount] = useState<{ total: number; all: number } | undefined>(undefined);
  const countRows = useCallback((count: { total: number; all: number }) => startTransition(() => setRowCount(count)), []);

  // Only the filters' own values: another query key (or a new URLSearchParams) recomputes nothing.
  const filterText = filterKeys.map((key) => `${key}=${encodeURIComponent(params.get(key) ?? '')}`).join('&');
  const filters = useMemo(() => readBindingFilters(new URLSearchParams(filterText)), [filterText]);

  // Built once per inventory; every filter after that is a pass over the lists.
  const index = useMemo(() => (inventory.data ? buildInventoryIndex(inventory.data) : undefined), [inventory.data]);
  const filtered = useMemo(() => (index ? filterInventory(index, filters) : undefined), [index, filters]);
  // The graph's layout is the slow part: the filters and tables answer first, the graph follows.
  const graphInput = useDeferredValue(filtered);

  const setFilters = useCallback(
    (changes: Partial<Record<FilterKey, string | undefined>>) => {
      const next = withFilters(currentParams(), changes);
      if (next.toString() !== currentParams().toString()) setParams(next);
    },
    [setParams],
  );
  const setFilter = useCallback((key: FilterKey, value: string | undefined) => setFilters({ [key]: value }), [setFilters]);
  const clearFilters = useCallback(() => setParams(withoutFilters(currentParams())), [setParams]);
  /** Sets some of the page's other query values (the open impact, ACL entry, API chain), keeping the rest. */
  const setView = useCallback(
    (changes: Partial<Record<'resource' | 'entry' | 'chain', string | undefined>>) => {
      const next = currentParams();
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (next.toString() !== currentParams().toString()) setParams(next);
    },
    [setParams],
  );
  /** The resource whose impact is open (`?resource=kind:id`), in the URL so a search can land on it. */
  const selectedResource = params.get('resource') ?? undefined;
  const selectedEntry = params.get('entry') ?? undefined;
  const selectedChain = params.get('chain') ?? undefined;
  const selectResource = useCallback((key: string | undefined) => setView({ resource: key, entry: undefined }), [setView]);
  const closeImpact = useCallback(() => selectResource(undefined), [selectResource]);
  const showChain = useCallback((key: string | undefined) => setView({ chain: key }), [setView]);
  const closeChain = useCallback(() => showChain(undefined), [showChain]);
  const showApi = useCallback(
    (key: string) => {
      setFilters({ api: key });
      showChain(key);
      setTab('apis');
    },
    [setFilters, showChain],
  );
  const pickHit = useCallback(
    (hit: SearchHit) => {
      if (hit.type === 'api') showChain(hit.key);
      else setView({ resource: hit.key, entry: hit.entryId });
    },
    [showChain, setView],
  );
  const filterFinding = useCallback((kind: FindingKind | undefined) => setFilters({ finding: kind, api: undefined }), [setFilters]);

  // No inventory yet for this profile: build the first one without being asked (once).
  const notFound = isApiError(inventory.error) && inventory.error.isNotFound;
  const autoStarted = useRef<string | null>(null);
  const { refresh, building } = build;
  useEffect(() => {
    const profile = profileId ?? '';
    if (notFound && !building && autoStarted.current !== profile) {
      autoStarted.current = profile;
      refresh();
    }
  }, [notFound, building, profileId, refresh]);

  const landing = build.job?.status === 'completed' && build.building;
  const data = inventory.data;

  let content;
  if (inventory.isPending) {
    content = (
      <Stack gap="md" aria-busy="true" aria-label={t('bindings.page.loading')}>
        <Skeleton height={120} radius="md" />
        <Skeleton height={360} radius="md" />
      </Stack>
    );
  } else if (!data || !index || !filtered) {
    content = notFound ? (
      <Paper withBorder radius="md" p="xl">
        <EmptyState title={t('bindings.page.noInventory')} description={build.building ? t('bindings.page.building') : t('bindings.page.refreshHint')} />
      </Paper>
    ) : (
      <ApiErrorAlert error={inventory.error} title={t('bindings.page.loadError')} onRetry={() => void inventory.refetch()} retrying={inventory.isFetching} />
    );
  } else {
    const apiName = filters.api !== undefined ? index.apiByKey.get(filters.api)?.api.apiName : undefined;
    content = (
      <Stack gap="md">
        <InventoryGaps gaps={data.gaps} />
        <FindingsPanel index={index} active={filters.finding} onFilter={filterFinding} onShowApi={showApi} resourceHref={resourceHref} fixHref={findingFixHref} />
        <Paper withBorder radius="md" p="md">
          <BindingsSearch onPick={pickHit} />
        </Paper>
        {selectedChain ? <ApiChainPanel apiKey={selectedChain} onShowResource={selectResource} onClose={closeChain} /> : null}
        <Paper withBorder radius="md" p="md">
          <BindingsFilters filters={filters} groups={index.groups} apiName={apiName} onChange={setFilter} onClear={clearFilters} />
        </Paper>
        {selectedResource ? (
          <ResourceImpactPanel resourceKey={selectedResource} entryId={selectedEntry} resourceHref={resourceHref} onShowApi={showApi} onClose={closeImpact} />
        ) : null}
        {graphInput ? (
          <BindingsGraph
            index={index}
            filtered={graphInput}
            overview={!hasFilters(filters)}
            resourceHref={resourceHref}
            onFilter={setFilters}
            onSelectResource={selectResource}
          />
        ) : null}
      </Stack>
    );
  }

  // The table reads its own pages from the BFF: it shows rows before the whole inventory is here.
  const tables =
    notFound || (inventory.isError && !data) ? null : (
      <Paper withBorder radius="md" p="md" component="section" aria-label={t('bindings.page.tables')}>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
            <Tabs.List>
              <Tabs.Tab value="apis">{t('bindings.page.publishedApis')}</Tabs.Tab>
              <Tabs.Tab value="resources">{t('bindings.page.resources')}</Tabs.Tab>
            </Tabs.List>
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="row-count">
              {tab === 'resources'
                ? filtered && index
                  ? t('bindings.page.resourceCount', { shown: filtered.resources.length, count: index.resources.length })
                  : null
                : rowCount
                  ? t('bindings.page.apiCount', { shown: rowCount.total, count: rowCount.all })
                  : null}
            </Text>
          </Group>
          <Tabs.Panel value="apis">
            <ApiBindingsTable
              filters={filters}
              resourceHref={resourceHref}
              onShowApi={showApi}
              selectedKey={filters.api}
              height={TABLE_HEIGHT}
              onCount={countRows}
              onSettled={settleTable}
            />
          </Tabs.Panel>
          <Tabs.Panel value="resources">
            {index && filtered ? (
              <ResourceTable index={index} resources={filtered.resources} resourceHref={resourceHref} onShowImpact={selectResource} height={TABLE_HEIGHT} />
            ) : (
              <Skeleton height={TABLE_HEIGHT} radius="md" />
            )}
          </Tabs.Panel>
        </Tabs>
      </Paper>
    );

  return (
    <>
      <PageHeader
        title={t('bindings.page.title')}
        description={t('bindings.page.description')}
        actions={
          <>
            <InventoryExportButtons profile={profileId} filters={filters} disabled={!data} />
            <Button leftSection={build.building ? <Loader size={14} color="white" /> : <IconRefresh size={16} />} disabled={build.building} onClick={refresh}>
              {t('bindings.page.refresh')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        {data ? <InventorySummary inventory={data} /> : null}
        {build.building ? <InventoryProgress job={build.job} stream={build.stream} landing={landing} /> : null}
        {build.job?.status === 'failed' ? <InventoryBuildFailed job={build.job} /> : null}
        {build.startError ? <ApiErrorAlert error={build.startError} title={t('bindings.page.refreshError')} onRetry={refresh} /> : null}
        {inventory.isError && data ? (
          <Alert color="orange" variant="light" icon={<IconAlert />} role="alert">
            {t('bindings.page.readError', { message: inventory.error.message })}
          </Alert>
        ) : null}
        {content}
        {tables}
      </Stack>
    </>
  );
}
