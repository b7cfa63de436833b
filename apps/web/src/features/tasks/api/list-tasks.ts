import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TaskListQuery } from '@portico/contracts/tasks';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { taskKeys } from './get-task';

/** The task history, a page at a time; open tasks first. Re-read every few seconds while one runs. */
export const taskListQueryOptions = (query: TaskListQuery) =>
  queryOptions({
    queryKey: [...taskKeys.all, 'list', query] as const,
    queryFn: ({ signal }) => apiRequest(routes.listTasks, { query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some((t) => t.status === 'running') ? 3_000 : false),
  });

export function useTaskList(query: TaskListQuery) {
  return useQuery(taskListQueryOptions(query));
}
