import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';

export const taskKeys = {
  all: ['tasks'] as const,
  details: () => [...taskKeys.all, 'detail'] as const,
  detail: (id: string) => [...taskKeys.details(), id] as const,
};

export function getTask(id: string, signal?: AbortSignal) {
  return apiRequest(routes.getTask, { params: { id }, signal });
}

export const taskQueryOptions = (id: string) =>
  queryOptions({
    queryKey: taskKeys.detail(id),
    queryFn: ({ signal }) => getTask(id, signal),
    // The event stream keeps the panel current; the snapshot is only re-read on purpose.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export function useTask(id: string, options: { pollMs?: number | false } = {}) {
  return useQuery({ ...taskQueryOptions(id), refetchInterval: options.pollMs ?? false });
}
