import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { SessionInfo, SignIn } from '@portico/contracts/auth';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { forgetSessionData, sessionKeys, setSession } from '@/lib/session';

export function signIn(body: SignIn) {
  return apiRequest(routes.signIn, { body });
}

type Options = Omit<UseMutationOptions<SessionInfo, Error, SignIn>, 'mutationFn' | 'mutationKey'>;

/**
 * POST /api/session. On success the session (and its CSRF token) is in place before the
 * caller's `onSuccess`; whatever was read as someone else is forgotten. A 401 here is a wrong
 * password, not an ended session (its key keeps the session handler out of it).
 */
export function useSignIn({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationKey: sessionKeys.signIn(),
    mutationFn: signIn,
    onSuccess: async (...args) => {
      forgetSessionData(queryClient);
      setSession(queryClient, args[0]);
      await onSuccess?.(...args);
    },
  });
}
