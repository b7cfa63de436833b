import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useHuaweiProfile } from '../hooks/use-huawei-profile';
import { endpointServiceKeys } from './query-keys';

export function getEndpointService(id: string, profile: string | undefined, signal?: AbortSignal) {
  return apiRequest(routes.getEndpointService, { params: { id }, query: { profile }, signal });
}

/** The service, its connections and the services sharing its backend port_id, in one answer. */
export const endpointServiceQueryOptions = (id: string, profile: string | undefined) =>
  queryOptions({
    queryKey: endpointServiceKeys.detail(id, profile),
    queryFn: ({ signal }) => getEndpointService(id, profile, signal),
  });

export function useEndpointService(id: string) {
  const profileId = useHuaweiProfile();
  return useQuery(endpointServiceQueryOptions(id, profileId));
}
