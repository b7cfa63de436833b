import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest, type ResponseOf } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { ipControlQueryOptions } from './get-ip-control';
import { ipControlKeys } from './query-keys';

export type RemovedPolicyItem = ResponseOf<typeof routes.removePolicyItem>;

export interface RemovePolicyItemVariables {
  ipControlId: string;
  itemId: string;
}

export function removePolicyItem({ ipControlId, itemId }: RemovePolicyItemVariables, profile: string | undefined) {
  return apiRequest(routes.removePolicyItem, { params: { id: ipControlId, itemId }, query: { profile } });
}

type Options = Omit<UseMutationOptions<RemovedPolicyItem, Error, RemovePolicyItemVariables>, 'mutationFn'>;

/** RemoveIpControlPolicyItem. Waits for the fresh detail before resolving, so the item is gone from the screen. */
export function useRemovePolicyItem({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return useMutation({
    ...config,
    mutationFn: (variables: RemovePolicyItemVariables) => removePolicyItem(variables, profileId),
    onSuccess: async (...args) => {
      const [, { ipControlId }] = args;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ipControlQueryOptions(ipControlId, profileId).queryKey }),
        queryClient.invalidateQueries({ queryKey: ipControlKeys.lists() }),
      ]);
      await onSuccess?.(...args);
    },
  });
}
