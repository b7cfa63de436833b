import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { grantKeys } from './query-keys';

export function listGrants(signal?: AbortSignal) {
  return apiRequest(routes.listGrants, { signal });
}

export const grantsQueryOptions = () => queryOptions({ queryKey: grantKeys.list(), queryFn: ({ signal }) => listGrants(signal) });

export function useGrants(enabled = true) {
  return useQuery({ ...grantsQueryOptions(), enabled });
}
