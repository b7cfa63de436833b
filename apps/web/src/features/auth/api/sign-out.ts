import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest, setCsrfToken } from '@/lib/api-client';
import { isSessionEnded, sessionKeys } from '@/lib/session';

/** DELETE /api/session. A session that had already ended is as good as signed out. */
export async function signOut() {
  try {
    return await apiRequest(routes.signOut);
  } catch (error) {
    if (isSessionEnded(error)) return { ok: true as const };
    throw error;
  }
}

type SignedOut = Awaited<ReturnType<typeof signOut>>;
type Options = Omit<UseMutationOptions<SignedOut, Error, void>, 'mutationFn' | 'mutationKey'>;

/**
 * Signs out on the server. The caller then leaves with a full page load to the sign-in page,
 * which drops everything held in memory for this person (cache, screens, the CSRF token).
 */
export function useSignOut({ onSuccess, ...config }: Options = {}) {
  return useMutation({
    ...config,
    mutationKey: sessionKeys.signOut(),
    mutationFn: signOut,
    onSuccess: async (...args) => {
      setCsrfToken(undefined);
      await onSuccess?.(...args);
    },
  });
}
