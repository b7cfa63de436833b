import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { UpdateUser, User } from '@portico/contracts/auth';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { usersQueryOptions } from './list-users';

export interface UpdateUserVariables {
  id: string;
  body: UpdateUser;
}

export function updateUser({ id, body }: UpdateUserVariables) {
  return apiRequest(routes.updateUser, { params: { id }, body });
}

type Options = Omit<UseMutationOptions<User, Error, UpdateUserVariables>, 'mutationFn'>;

/** Role, display name, disabled or a new password. The answer replaces the person's row at once. */
export function useUpdateUser({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: updateUser,
    onSuccess: async (...args) => {
      const [updated] = args;
      const { queryKey } = usersQueryOptions();
      queryClient.setQueryData(queryKey, (list) => list && { ...list, items: list.items.map((u) => (u.id === updated.id ? updated : u)) });
      void queryClient.invalidateQueries({ queryKey });
      await onSuccess?.(...args);
    },
  });
}
