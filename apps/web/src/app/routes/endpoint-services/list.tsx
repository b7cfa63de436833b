import { NativeSelect } from '@mantine/core';
import { EndpointServiceListQuery } from '@portico/contracts/endpoint-services';
import { useNavigate } from 'react-router';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { ListContent } from '@/components/list/list-content';
import { ListPanel } from '@/components/list/list-panel';
import { ListSearch } from '@/components/list/list-search';
import { useListUrl } from '@/components/list/use-list-url';
import { useEndpointServices } from '@/features/endpoint-services/api/list-endpoint-services';
import { EndpointServiceTable, endpointServiceColumns, endpointServicePath } from '@/features/endpoint-services/components/endpoint-service-table';

const StatusFilter = EndpointServiceListQuery.shape.status.unwrap();
const STATUS_OPTIONS = [{ value: '', label: 'All statuses' }, ...StatusFilter.options.map((status) => ({ value: status, label: status }))];

export function EndpointServicesListRoute() {
  usePageTitle('Endpoint services');
  const navigate = useNavigate();
  const list = useListUrl({ search: EndpointServiceListQuery.shape.search, filter: { key: 'status', schema: StatusFilter } });
  const { page, pageSize, search, filter: status } = list;
  const services = useEndpointServices({ page, pageSize, search: search || undefined, status });

  return (
    <>
      <PageHeader
        title="Endpoint services"
        description="Huawei Cloud VPC endpoint services: which ports each opens to VPC endpoints, whether connections need approval, and whether the client's address reaches the server."
      />
      <ListPanel
        list={list}
        query={services}
        tools={
          <>
            <ListSearch list={list} />
            <NativeSelect label="Status" data={STATUS_OPTIONS} value={status ?? ''} onChange={(event) => list.setFilter(event.currentTarget.value)} w={160} />
          </>
        }
      >
        <ListContent
          list={list}
          query={services}
          columns={endpointServiceColumns}
          what="endpoint services"
          noun="services"
          noMatch={{
            title: search ? `No ${status ? `${status} service` : 'service'} matches “${search}”` : `No ${status} services`,
            description: 'Search looks at the names. Try fewer letters or another status.',
          }}
          emptyDescription="A VPC endpoint service makes a backend (a cloud server, a virtual IP or a load balancer) reachable from other VPCs through VPC endpoints. Services are created in the Huawei Cloud console."
        >
          {(items) => <EndpointServiceTable items={items} onOpen={(id) => void navigate(endpointServicePath(id))} stale={services.isPlaceholderData} />}
        </ListContent>
      </ListPanel>
    </>
  );
}
