import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { PolicyItemChanged, PolicyItemInput } from '@portico/contracts/ip-controls';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { ipControlQueryOptions } from './get-ip-control';

export interface ModifyPolicyItemVariables {
  ipControlId: string;
  itemId: string;
  /** The item's whole content: ModifyIpControlPolicyItem replaces it. */
  body: PolicyItemInput;
}

export function modifyPolicyItem({ ipControlId, itemId, body }: ModifyPolicyItemVariables, profile: string | undefined) {
  return apiRequest(routes.modifyPolicyItem, { params: { id: ipControlId, itemId }, body, query: { profile } });
}

type Options = Omit<UseMutationOptions<PolicyItemChanged, Error, ModifyPolicyItemVariables>, 'mutationFn'>;

/** ModifyIpControlPolicyItem. Waits for the fresh detail before resolving, so the change is on screen. */
export function useModifyPolicyItem({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return useMutation({
    ...config,
    mutationFn: (variables: ModifyPolicyItemVariables) => modifyPolicyItem(variables, profileId),
    onSuccess: async (...args) => {
      const [, { ipControlId }] = args;
      // The list's counts do not change: only the detail is read again.
      await queryClient.invalidateQueries({ queryKey: ipControlQueryOptions(ipControlId, profileId).queryKey });
      await onSuccess?.(...args);
    },
  });
}
