import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { tokenKeys } from './query-keys';

export function listTokens(owner: 'me' | 'all', signal?: AbortSignal) {
  return apiRequest(routes.listTokens, { query: { owner }, signal });
}

export const tokensQueryOptions = (owner: 'me' | 'all') =>
  queryOptions({
    queryKey: tokenKeys.list(owner),
    queryFn: ({ signal }) => listTokens(owner, signal),
  });

export function useTokens(owner: 'me' | 'all') {
  return useQuery(tokensQueryOptions(owner));
}
