import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';

export function getAuthProviders(signal?: AbortSignal) {
  return apiRequest(routes.authProviders, { signal });
}

/** Public: what the sign-in screen may offer besides a password (the identity provider's name). */
export const authProvidersQueryOptions = () =>
  queryOptions({
    queryKey: ['auth-providers'] as const,
    queryFn: ({ signal }) => getAuthProviders(signal),
    staleTime: 5 * 60_000,
  });

export function useAuthProviders() {
  return useQuery(authProvidersQueryOptions());
}
