import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest, type ResponseOf } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { vpcAuthorizationQueryOptions } from './get-vpc-authorization';
import { vpcAuthorizationKeys } from './query-keys';

export type RemovedVpcAuthorization = ResponseOf<typeof routes.removeVpcAuthorization>;

export function removeVpcAuthorization(name: string, profile: string | undefined) {
  return apiRequest(routes.removeVpcAuthorization, { params: { name }, query: { profile } });
}

type Options = Omit<UseMutationOptions<RemovedVpcAuthorization, Error, string>, 'mutationFn'>;

/**
 * Variables: the authorization's name. Its detail is marked stale without a refetch (the screen
 * showing it is about to leave; a refetch now would only answer 404).
 */
export function useRemoveVpcAuthorization({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return useMutation({
    ...config,
    mutationFn: (name: string) => removeVpcAuthorization(name, profileId),
    onSuccess: async (...args) => {
      const [, name] = args;
      void queryClient.invalidateQueries({ queryKey: vpcAuthorizationQueryOptions(name, profileId).queryKey, refetchType: 'none' });
      await queryClient.invalidateQueries({ queryKey: vpcAuthorizationKeys.lists() });
      await onSuccess?.(...args);
    },
  });
}
