import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { ChangePassword, SessionInfo } from '@portico/contracts/auth';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { sessionKeys, setSession } from '@/lib/session';

export function changePassword(body: ChangePassword) {
  return apiRequest(routes.changePassword, { body });
}

type Options = Omit<UseMutationOptions<SessionInfo, Error, ChangePassword>, 'mutationFn' | 'mutationKey'>;

/**
 * POST /api/session/password. Every other session of the person ends; this browser gets a new
 * one (and CSRF token), in place before the caller's `onSuccess`.
 */
export function useChangePassword({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationKey: [...sessionKeys.all, 'password'],
    mutationFn: changePassword,
    onSuccess: async (...args) => {
      setSession(queryClient, args[0]);
      await onSuccess?.(...args);
    },
  });
}
