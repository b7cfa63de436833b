import { Button, NativeSelect } from '@mantine/core';
import { BackendListQuery, BackendType } from '@portico/contracts/backend-models';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { ListContent } from '@/components/list/list-content';
import { ListPanel } from '@/components/list/list-panel';
import { ListSearch } from '@/components/list/list-search';
import { useListUrl } from '@/components/list/use-list-url';
import { useBackends } from '@/features/backend-models/api/list-backends';
import { BackendTable, backendPath, useBackendColumns } from '@/features/backend-models/components/backend-table';

export function BackendModelsListRoute() {
  const { t } = useTranslation();
  const columns = useBackendColumns();
  const typeOptions = [{ value: '', label: t('backendModels.list.allTypes') }, ...BackendType.options.map((type) => ({ value: type, label: type }))];
  usePageTitle(t('backendModels.title'));
  const navigate = useNavigate();
  const list = useListUrl({ search: BackendListQuery.shape.search, filter: { key: 'type', schema: BackendType } });
  const { page, pageSize, search, filter: type } = list;
  const backends = useBackends({ page, pageSize, search: search || undefined, type });

  return (
    <>
      <PageHeader title={t('backendModels.title')} description={t('backendModels.list.description')} />
      <ListPanel
        list={list}
        query={backends}
        tools={
          <>
            <ListSearch list={list} label={t('backendModels.list.search')} placeholder={t('backendModels.list.searchPlaceholder')} />
            <NativeSelect
              label={t('backendModels.columns.type')}
              data={typeOptions}
              value={type ?? ''}
              onChange={(event) => list.setFilter(event.currentTarget.value)}
              w={170}
            />
          </>
        }
      >
        <ListContent
          list={list}
          query={backends}
          columns={columns}
          what={t('backendModels.list.what')}
          noun={t('backendModels.list.noun')}
          noMatch={{
            title: search
              ? type
                ? t('backendModels.list.noTypedMatch', { type, search })
                : t('backendModels.list.noMatch', { search })
              : t('backendModels.list.noType', { type }),
            description: t('backendModels.list.noMatchHint'),
            // The cloud matches whole names only: offer the search people most likely meant.
            actions:
              search && !search.includes('*') ? (
                <Button variant="light" onClick={() => list.searchNow(`*${search}*`)}>
                  {t('backendModels.list.searchWildcard', { search })}
                </Button>
              ) : null,
          }}
          emptyDescription={t('backendModels.list.empty')}
        >
          {(items) => <BackendTable items={items} onOpen={(id) => void navigate(backendPath(id))} stale={backends.isPlaceholderData} />}
        </ListContent>
      </ListPanel>
    </>
  );
}
