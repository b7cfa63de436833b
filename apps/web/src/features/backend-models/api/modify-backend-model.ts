import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { routes } from '@portico/contracts/routes';
import { apiRequest, type ResponseOf } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import type { SaveBackendModelVariables } from './create-backend-model';
import { backendQueryOptions } from './get-backend';

export type ModifiedBackendModel = ResponseOf<typeof routes.modifyBackendModel>;

/**
 * ModifyBackendModel with the body's client token: a Retry of the same attempt is applied once
 * (the same token with another body answers IdempotentParameterMismatch).
 */
export function modifyBackendModel({ id, stage, body }: SaveBackendModelVariables, profile: string | undefined) {
  return apiRequest(routes.modifyBackendModel, { params: { id, stage }, body, query: { profile } });
}

type Options = Omit<UseMutationOptions<ModifiedBackendModel, Error, SaveBackendModelVariables>, 'mutationFn'>;

/** Waits for the fresh detail before resolving, so the next screen shows the new model. */
export function useModifyBackendModel({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return useMutation({
    ...config,
    mutationFn: (variables: SaveBackendModelVariables) => modifyBackendModel(variables, profileId),
    onSuccess: async (...args) => {
      const [, { id }] = args;
      await queryClient.invalidateQueries({ queryKey: backendQueryOptions(id, profileId).queryKey });
      await onSuccess?.(...args);
    },
  });
}
