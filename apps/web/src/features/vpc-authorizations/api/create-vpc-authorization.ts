import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import type { CreateVpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { apiRequest, type ResponseOf } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { vpcAuthorizationKeys } from './query-keys';

export type CreatedVpcAuthorization = ResponseOf<typeof routes.createVpcAuthorization>;

export function createVpcAuthorization(body: CreateVpcAuthorization, profile: string | undefined) {
  return apiRequest(routes.createVpcAuthorization, { body, query: { profile } });
}

type Options = Omit<UseMutationOptions<CreatedVpcAuthorization, Error, CreateVpcAuthorization>, 'mutationFn'>;

export function useCreateVpcAuthorization({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return useMutation({
    ...config,
    mutationFn: (body: CreateVpcAuthorization) => createVpcAuthorization(body, profileId),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: vpcAuthorizationKeys.lists() });
      await onSuccess?.(...args);
    },
  });
}
