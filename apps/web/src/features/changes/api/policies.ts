import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckedChangePolicy, FreezeInput } from '@portico/contracts/changes';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { changeKeys } from './changes';

export const usePolicies = () => useQuery({ queryKey: changeKeys.policies(), queryFn: ({ signal }) => apiRequest(routes.listChangePolicies, { signal }) });
export const useFreezes = () => useQuery({ queryKey: changeKeys.freezes(), queryFn: ({ signal }) => apiRequest(routes.listFreezes, { signal }) });

function useInvalidating<V, R>(run: (v: V) => Promise<R>, key: readonly unknown[]) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useCreatePolicy = () => useInvalidating((body: CheckedChangePolicy) => apiRequest(routes.createChangePolicy, { body }), changeKeys.policies());
export const useUpdatePolicy = () =>
  useInvalidating(({ id, body }: { id: string; body: CheckedChangePolicy }) => apiRequest(routes.updateChangePolicy, { params: { id }, body }), changeKeys.policies());
export const useDeletePolicy = () => useInvalidating((id: string) => apiRequest(routes.deleteChangePolicy, { params: { id } }), changeKeys.policies());
export const useCreateFreeze = () =>
  useInvalidating((body: FreezeInput) => apiRequest(routes.createFreeze, { body: { ...body, profiles: body.profiles ?? [] } }), changeKeys.freezes());
export const useDeleteFreeze = () => useInvalidating((id: string) => apiRequest(routes.deleteFreeze, { params: { id } }), changeKeys.freezes());
