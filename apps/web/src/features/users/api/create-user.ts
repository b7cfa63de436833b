import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { CreateUser, User } from '@portico/contracts/auth';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { usersQueryOptions } from './list-users';

export function createUser(body: CreateUser) {
  return apiRequest(routes.createUser, { body });
}

type Options = Omit<UseMutationOptions<User, Error, CreateUser>, 'mutationFn'>;

/** Resolves once the list shows the new person. */
export function useCreateUser({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createUser,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey });
      await onSuccess?.(...args);
    },
  });
}
