import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { SaveBackendModel } from '@portico/contracts/backend-models';
import type { StageName } from '@portico/contracts/published-apis';
import { routes } from '@portico/contracts/routes';
import { apiRequest, isApiError, type ResponseOf } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { backendQueryOptions } from './get-backend';
import { backendKeys } from './query-keys';

export type CreatedBackendModel = ResponseOf<typeof routes.createBackendModel>;

export interface SaveBackendModelVariables {
  id: string;
  stage: StageName;
  body: SaveBackendModel;
}

export function createBackendModel({ id, stage, body }: SaveBackendModelVariables, profile: string | undefined) {
  return apiRequest(routes.createBackendModel, { params: { id, stage }, body, query: { profile } });
}

type Options = Omit<UseMutationOptions<CreatedBackendModel, Error, SaveBackendModelVariables>, 'mutationFn'>;

/**
 * CreateBackendModel for a stage that had none. Waits for the fresh detail. A 409 means the
 * stage has a model by now: the detail is re-read so the way to edit it shows that model.
 */
export function useCreateBackendModel({ onSuccess, onError, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return useMutation({
    ...config,
    mutationFn: (variables: SaveBackendModelVariables) => createBackendModel(variables, profileId),
    onSuccess: async (...args) => {
      const [, { id }] = args;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: backendQueryOptions(id, profileId).queryKey }),
        // The list shows which stages have a model.
        queryClient.invalidateQueries({ queryKey: backendKeys.lists() }),
      ]);
      await onSuccess?.(...args);
    },
    onError: async (...args) => {
      const [error, { id }] = args;
      if (isApiError(error) && error.status === 409) void queryClient.invalidateQueries({ queryKey: backendQueryOptions(id, profileId).queryKey });
      await onError?.(...args);
    },
  });
}
