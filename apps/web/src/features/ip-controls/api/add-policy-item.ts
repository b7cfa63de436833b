import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { PolicyItemChanged, PolicyItemInput } from '@portico/contracts/ip-controls';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { ipControlQueryOptions } from './get-ip-control';
import { ipControlKeys } from './query-keys';

export interface AddPolicyItemVariables {
  ipControlId: string;
  body: PolicyItemInput;
}

export function addPolicyItem({ ipControlId, body }: AddPolicyItemVariables, profile: string | undefined) {
  return apiRequest(routes.addPolicyItem, { params: { id: ipControlId }, body, query: { profile } });
}

type Options = Omit<UseMutationOptions<PolicyItemChanged, Error, AddPolicyItemVariables>, 'mutationFn'>;

/** AddIpControlPolicyItem. Waits for the fresh detail before resolving, so the new item is on screen. */
export function useAddPolicyItem({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return useMutation({
    ...config,
    mutationFn: (variables: AddPolicyItemVariables) => addPolicyItem(variables, profileId),
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
