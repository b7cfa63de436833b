import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EndpointServiceListQuery } from '@portico/contracts/endpoint-services';
import { useNavigate } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { ListContent } from '@/components/list/list-content';
import { ListPanel } from '@/components/list/list-panel';
import { ListSearch } from '@/components/list/list-search';
import { useListUrl } from '@/components/list/use-list-url';
import { useEndpointServices } from '@/features/endpoint-services/api/list-endpoint-services';
import { EndpointServiceTable, endpointServicePath, useEndpointServiceColumns } from '@/features/endpoint-services/components/endpoint-service-table';

const StatusFilter = EndpointServiceListQuery.shape.status.unwrap();

export function EndpointServicesListRoute() {
  const { t } = useTranslation();
  usePageTitle(t('endpointServices.title'));
  const { columns } = useEndpointServiceColumns();
  const statusOptions = [
    { value: '', label: t('endpointServices.list.allStatuses') },
    ...StatusFilter.options.map((s) => ({ value: s, label: t(`endpointServices.serviceStatus.${s}`) })),
  ];
  const navigate = useNavigate();
  const list = useListUrl({ search: EndpointServiceListQuery.shape.search, filter: { key: 'status', schema: StatusFilter } });
  const { page, pageSize, search, filter: status } = list;
  const services = useEndpointServices({ page, pageSize, search: search || undefined, status });

  return (
    <>
      <PageHeader title={t('endpointServices.title')} description={t('endpointServices.list.description')} />
      <ListPanel
        list={list}
        query={services}
        tools={
          <>
            <ListSearch list={list} />
            <NativeSelect
              label={t('endpointServices.columns.status')}
              data={statusOptions}
              value={status ?? ''}
              onChange={(event) => list.setFilter(event.currentTarget.value)}
              w={160}
            />
          </>
        }
      >
        <ListContent
          list={list}
          query={services}
          columns={columns}
          what={t('endpointServices.list.what')}
          noun={t('endpointServices.list.noun')}
          noMatch={{
            title: search
              ? status
                ? t('endpointServices.list.noMatchStatus', { status: t(`endpointServices.serviceStatus.${status}`), search })
                : t('endpointServices.list.noMatch', { search })
              : t('endpointServices.list.noneInStatus', { status: status ? t(`endpointServices.serviceStatus.${status}`) : '' }),
            description: t('endpointServices.list.noMatchHint'),
          }}
          emptyDescription={t('endpointServices.list.empty')}
        >
          {(items) => <EndpointServiceTable items={items} onOpen={(id) => void navigate(endpointServicePath(id))} stale={services.isPlaceholderData} />}
        </ListContent>
      </ListPanel>
    </>
  );
}
