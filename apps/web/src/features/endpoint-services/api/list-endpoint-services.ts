import { useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { resourceListQueryOptions } from '@/lib/resource-queries';
import { useHuaweiProfile } from '../hooks/use-huawei-profile';
import { endpointServiceKeys, type EndpointServiceListFilter } from './query-keys';

export function listEndpointServices(filter: EndpointServiceListFilter, signal?: AbortSignal) {
  return apiRequest(routes.listEndpointServices, {
    query: { page: filter.page, pageSize: filter.pageSize, search: filter.search, status: filter.status, profile: filter.profile },
    signal,
  });
}

export const endpointServiceListQueryOptions = (filter: EndpointServiceListFilter) => resourceListQueryOptions(endpointServiceKeys, filter, listEndpointServices);

export function useEndpointServices(filter: Omit<EndpointServiceListFilter, 'profile'>) {
  const profileId = useHuaweiProfile();
  return useQuery(endpointServiceListQueryOptions({ ...filter, profile: profileId }));
}
