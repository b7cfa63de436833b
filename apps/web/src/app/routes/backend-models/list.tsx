import { Button, NativeSelect } from '@mantine/core';
import { BackendListQuery, BackendType } from '@portico/contracts/backend-models';
import { useNavigate } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { ListContent } from '@/components/list/list-content';
import { ListPanel } from '@/components/list/list-panel';
import { ListSearch } from '@/components/list/list-search';
import { useListUrl } from '@/components/list/use-list-url';
import { useBackends } from '@/features/backend-models/api/list-backends';
import { BackendTable, backendColumns, backendPath } from '@/features/backend-models/components/backend-table';

const TYPE_OPTIONS = [{ value: '', label: 'All types' }, ...BackendType.options.map((type) => ({ value: type, label: type }))];

export function BackendModelsListRoute() {
  usePageTitle('Backend models');
  const navigate = useNavigate();
  const list = useListUrl({ search: BackendListQuery.shape.search, filter: { key: 'type', schema: BackendType } });
  const { page, pageSize, search, filter: type } = list;
  const backends = useBackends({ page, pageSize, search: search || undefined, type });

  return (
    <>
      <PageHeader
        title="Backend models"
        description="A backend service's model per stage (TEST, PRE, RELEASE), checked against its backend type before it is sent. Saving a model updates the APIs published in that stage at once."
      />
      <ListPanel
        list={list}
        query={backends}
        tools={
          <>
            <ListSearch list={list} placeholder="Whole name, or * as a wildcard" />
            <NativeSelect label="Type" data={TYPE_OPTIONS} value={type ?? ''} onChange={(event) => list.setFilter(event.currentTarget.value)} w={170} />
          </>
        }
      >
        <ListContent
          list={list}
          query={backends}
          columns={backendColumns}
          what="backend services"
          noun="backends"
          noMatch={{
            title: search ? `No ${type ? `${type} backend` : 'backend'} matches “${search}”` : `No ${type} backends`,
            description: 'The cloud matches whole names; * stands for any text. Try fewer letters, a * on each side, or another type.',
            // The cloud matches whole names only: offer the search people most likely meant.
            actions:
              search && !search.includes('*') ? (
                <Button variant="light" onClick={() => list.searchNow(`*${search}*`)}>
                  Search for *{search}*
                </Button>
              ) : null,
          }}
          emptyDescription="A backend service holds the backend definition APIs use, one model per stage. Backend services are created in the API Gateway console."
        >
          {(items) => <BackendTable items={items} onOpen={(id) => void navigate(backendPath(id))} stale={backends.isPlaceholderData} />}
        </ListContent>
      </ListPanel>
    </>
  );
}
