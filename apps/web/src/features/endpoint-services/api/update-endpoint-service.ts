import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { UpdateEndpointService } from '@portico/contracts/endpoint-services';
import { routes } from '@portico/contracts/routes';
import { apiRequest, type ResponseOf } from '@/lib/api-client';
import { useHuaweiProfile } from '../hooks/use-huawei-profile';
import { endpointServiceQueryOptions } from './get-endpoint-service';
import { endpointServiceKeys } from './query-keys';

export type UpdatedEndpointService = ResponseOf<typeof routes.updateEndpointService>;

export interface UpdateEndpointServiceVariables {
  id: string;
  /** The changed fields only: the cloud keeps what the PUT does not name. */
  body: UpdateEndpointService;
}

export function updateEndpointService({ id, body }: UpdateEndpointServiceVariables, profile: string | undefined) {
  return apiRequest(routes.updateEndpointService, { params: { id }, body, query: { profile } });
}

type Options = Omit<UseMutationOptions<UpdatedEndpointService, Error, UpdateEndpointServiceVariables>, 'mutationFn'>;

/**
 * PUT of an endpoint service. Waits for the fresh detail before resolving, so the next screen
 * shows the new mappings; the other services' details (their "sharing" part) and the lists'
 * counts are marked stale too.
 */
export function useUpdateEndpointService({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  const profileId = useHuaweiProfile();
  return useMutation({
    ...config,
    mutationFn: (variables: UpdateEndpointServiceVariables) => updateEndpointService(variables, profileId),
    onSuccess: async (...args) => {
      const [, { id }] = args;
      // Every detail is marked stale first (no refetch), then this one is read again and awaited.
      void queryClient.invalidateQueries({ queryKey: endpointServiceKeys.details(), refetchType: 'none' });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: endpointServiceQueryOptions(id, profileId).queryKey }),
        queryClient.invalidateQueries({ queryKey: endpointServiceKeys.lists() }),
      ]);
      await onSuccess?.(...args);
    },
  });
}
