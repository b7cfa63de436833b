import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { userKeys } from './query-keys';

export function listUsers(signal?: AbortSignal) {
  return apiRequest(routes.listUsers, { signal });
}

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: userKeys.lists(),
    queryFn: ({ signal }) => listUsers(signal),
  });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
