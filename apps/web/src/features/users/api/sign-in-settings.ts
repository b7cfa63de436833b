import { queryOptions, useMutation, useQuery, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import type { SignInSettings, UpdateSignInSettings } from '@portico/contracts/sso';
import { apiRequest } from '@/lib/api-client';
import { userKeys } from './query-keys';

export function getSignInSettings(signal?: AbortSignal) {
  return apiRequest(routes.getSignInSettings, { signal });
}

export const signInSettingsQueryOptions = () =>
  queryOptions({
    queryKey: userKeys.signInSettings(),
    queryFn: ({ signal }) => getSignInSettings(signal),
  });

export function useSignInSettings() {
  return useQuery(signInSettingsQueryOptions());
}

export function updateSignInSettings(body: UpdateSignInSettings) {
  return apiRequest(routes.updateSignInSettings, { body });
}

type Options = Omit<UseMutationOptions<SignInSettings, Error, UpdateSignInSettings>, 'mutationFn'>;

/** Require SSO or not; the answer replaces the cached settings at once. */
export function useUpdateSignInSettings({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: updateSignInSettings,
    onSuccess: async (...args) => {
      queryClient.setQueryData(signInSettingsQueryOptions().queryKey, args[0]);
      await onSuccess?.(...args);
    },
  });
}
