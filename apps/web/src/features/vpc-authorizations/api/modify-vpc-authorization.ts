import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import type { ModifyVpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { apiRequest, type ResponseOf } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { vpcAuthorizationQueryOptions } from './get-vpc-authorization';
import { vpcAuthorizationKeys } from './query-keys';

export type ModifiedVpcAuthorization = ResponseOf<typeof routes.modifyVpcAuthorization>;

export interface ModifyVpcAuthorizationVariables {
  name: string;
  body: ModifyVpcAuthorization;
}

export function modifyVpcAuthorization({ name, body }: ModifyVpcAuthorizationVariables, profile: string | undefined) {
  return apiRequest(routes.modifyVpcAuthorization, { params: { name }, body, query: { profile } });
}

type Options = Omit<UseMutationOptions<ModifiedVpcAuthorization, Error, ModifyVpcAuthorizationVariables>, 'mutationFn'>;

/** Waits for the fresh detail before resolving, so the next screen shows the new values. */
export function useModifyVpcAuthorization({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return useMutation({
    ...config,
    mutationFn: (variables: ModifyVpcAuthorizationVariables) => modifyVpcAuthorization(variables, profileId),
    onSuccess: async (...args) => {
      const [, { name }] = args;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: vpcAuthorizationQueryOptions(name, profileId).queryKey }),
        queryClient.invalidateQueries({ queryKey: vpcAuthorizationKeys.lists() }),
      ]);
      await onSuccess?.(...args);
    },
  });
}
