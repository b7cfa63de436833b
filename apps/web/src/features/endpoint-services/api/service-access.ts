import { queryOptions, useMutation, useQuery, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { ConnectionAction, PermissionAction } from '@portico/contracts/endpoint-services';
import { routes } from '@portico/contracts/routes';
import { apiRequest, type ResponseOf } from '@/lib/api-client';
import { useHuaweiProfile } from '../hooks/use-huawei-profile';
import { endpointServiceQueryOptions } from './get-endpoint-service';
import { endpointServiceKeys } from './query-keys';

/** Who may connect to a service and whose connection is let in: connections' accept/reject and the whitelist. */

export type ConnectionActionResult = ResponseOf<typeof routes.actOnConnections>;
export type ServicePermissionList = ResponseOf<typeof routes.listServicePermissions>;

export const servicePermissionsQueryOptions = (id: string, profile: string | undefined) =>
  queryOptions({
    queryKey: [...endpointServiceKeys.detail(id, profile), 'permissions'] as const,
    queryFn: ({ signal }) => apiRequest(routes.listServicePermissions, { params: { id }, query: { profile }, signal }),
  });

export function useServicePermissions(id: string) {
  const profileId = useHuaweiProfile();
  return useQuery(servicePermissionsQueryOptions(id, profileId));
}

type Options<R, V> = Omit<UseMutationOptions<R, Error, V>, 'mutationFn'>;

export interface ConnectionActionVariables {
  id: string;
  body: ConnectionAction;
}

/** Waits for the fresh detail, so the table shows the new states when the dialog closes. */
export function useConnectionAction({ onSuccess, ...config }: Options<ConnectionActionResult, ConnectionActionVariables> = {}) {
  const queryClient = useQueryClient();
  const profileId = useHuaweiProfile();
  return useMutation({
    ...config,
    mutationFn: ({ id, body }: ConnectionActionVariables) => apiRequest(routes.actOnConnections, { params: { id }, body, query: { profile: profileId } }),
    onSuccess: async (...args) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: endpointServiceQueryOptions(args[1].id, profileId).queryKey }),
        queryClient.invalidateQueries({ queryKey: endpointServiceKeys.lists() }),
      ]);
      await onSuccess?.(...args);
    },
  });
}

export interface PermissionActionVariables {
  id: string;
  body: PermissionAction;
}

export function usePermissionAction({ onSuccess, ...config }: Options<ServicePermissionList, PermissionActionVariables> = {}) {
  const queryClient = useQueryClient();
  const profileId = useHuaweiProfile();
  return useMutation({
    ...config,
    mutationFn: ({ id, body }: PermissionActionVariables) => apiRequest(routes.changeServicePermissions, { params: { id }, body, query: { profile: profileId } }),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: servicePermissionsQueryOptions(args[1].id, profileId).queryKey });
      await onSuccess?.(...args);
    },
  });
}
