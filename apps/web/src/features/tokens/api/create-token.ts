import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import type { CreatedToken, CreateToken } from '@portico/contracts/tokens';
import { apiRequest } from '@/lib/api-client';
import { tokenKeys } from './query-keys';

export function createToken(body: CreateToken) {
  return apiRequest(routes.createToken, { body });
}

type Options = Omit<UseMutationOptions<CreatedToken, Error, CreateToken>, 'mutationFn'>;

/** Resolves once the lists show the new token. */
export function useCreateToken({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createToken,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: tokenKeys.lists() });
      await onSuccess?.(...args);
    },
  });
}
