import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { tokenKeys } from './query-keys';

export function revokeToken(id: string) {
  return apiRequest(routes.revokeToken, { params: { id } });
}

type Options = Omit<UseMutationOptions<{ ok: true }, Error, string>, 'mutationFn'>;

export function useRevokeToken({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: revokeToken,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: tokenKeys.lists() });
      await onSuccess?.(...args);
    },
  });
}
