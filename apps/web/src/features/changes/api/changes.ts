import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplyChange, ChangeInput, ChangeOperation, ChangeRequest } from '@portico/contracts/changes';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';

export type ChangeView = 'mine' | 'waiting' | 'all';

/** The one key factory of the change requests feature. */
export const changeKeys = {
  all: ['changes'] as const,
  lists: () => [...changeKeys.all, 'list'] as const,
  list: (view: ChangeView, state: string | undefined, page: number) => [...changeKeys.lists(), { view, state, page }] as const,
  waiting: () => [...changeKeys.all, 'waiting'] as const,
  detail: (id: string) => [...changeKeys.all, 'detail', id] as const,
  policies: () => [...changeKeys.all, 'policies'] as const,
  freezes: () => [...changeKeys.all, 'freezes'] as const,
};

export function useChanges(view: ChangeView, state: string | undefined, page: number) {
  return useQuery({
    queryKey: changeKeys.list(view, state, page),
    queryFn: ({ signal }) => apiRequest(routes.listChanges, { query: { view, state, page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** How many requests wait for the signed-in person (the navigation's badge). */
export function useWaitingCount(enabled: boolean) {
  return useQuery({
    queryKey: changeKeys.waiting(),
    queryFn: ({ signal }) => apiRequest(routes.listChanges, { query: { view: 'waiting', pageSize: 1 }, signal }),
    select: (list) => list.waitingForMe,
    refetchInterval: 60_000,
    enabled,
  });
}

export const changeQueryOptions = (id: string) =>
  queryOptions({ queryKey: changeKeys.detail(id), queryFn: ({ signal }) => apiRequest(routes.getChange, { params: { id }, signal }) });

export function useChange(id: string) {
  return useQuery({
    ...changeQueryOptions(id),
    // An apply in progress, or a schedule coming up, is followed.
    refetchInterval: (query) => (query.state.data?.state === 'applying' || query.state.data?.scheduledFor ? 5_000 : false),
  });
}

/** Every action on a request answers the request as it now is: the page shows it at once. */
function useRequestAction<V>(run: (variables: V) => Promise<ChangeRequest>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (request) => {
      queryClient.setQueryData(changeKeys.detail(request.id), request);
      await queryClient.invalidateQueries({ queryKey: changeKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: changeKeys.waiting() });
    },
  });
}

export const useOpenChange = () => useRequestAction((v: { operation: ChangeOperation; input: ChangeInput; comment: string }) => apiRequest(routes.openChange, { body: v }));
export const useComment = (id: string) => useRequestAction((text: string) => apiRequest(routes.commentChange, { params: { id }, body: { text } }));
export const useApprove = (id: string) => useRequestAction((comment: string) => apiRequest(routes.approveChange, { params: { id }, body: { comment } }));
export const useReject = (id: string) => useRequestAction((comment: string) => apiRequest(routes.rejectChange, { params: { id }, body: { comment } }));
export const useWithdraw = (id: string) => useRequestAction(() => apiRequest(routes.withdrawChange, { params: { id } }));
export const useApply = (id: string) => useRequestAction((body: ApplyChange) => apiRequest(routes.applyChange, { params: { id }, body: { ...body } }));

/** The password again: approvals need a fresh sign-in. */
export const useStepUp = () => useMutation({ mutationFn: (password: string) => apiRequest(routes.stepUp, { body: { password } }) });
