import { queryOptions, useMutation, useQuery, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { CreateIpControl, IpControlApis, ModifyIpControl } from '@portico/contracts/ip-controls';
import type { StageName } from '@portico/contracts/published-apis';
import { routes } from '@portico/contracts/routes';
import { apiRequest, type ResponseOf } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { ipControlQueryOptions } from './get-ip-control';
import { ipControlKeys } from './query-keys';

/**
 * The ACL itself (CreateIpControl, ModifyIpControl, DeleteIpControl) and which APIs it guards
 * (SetIpControlApis, RemoveIpControlApis). Each mutation refreshes the lists and the detail.
 */

export type CreatedIpControl = ResponseOf<typeof routes.createIpControl>;
export type ModifiedIpControl = ResponseOf<typeof routes.modifyIpControl>;
export type DeletedIpControl = ResponseOf<typeof routes.deleteIpControl>;
export type IpControlApisChanged = ResponseOf<typeof routes.setIpControlApis>;

type Options<R, V> = Omit<UseMutationOptions<R, Error, V>, 'mutationFn'>;

function useRefresh() {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return {
    profileId,
    refresh: (id?: string) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ipControlKeys.lists() }),
        id ? queryClient.invalidateQueries({ queryKey: ipControlQueryOptions(id, profileId).queryKey }) : Promise.resolve(),
      ]),
  };
}

export function useCreateIpControl({ onSuccess, ...config }: Options<CreatedIpControl, CreateIpControl> = {}) {
  const { profileId, refresh } = useRefresh();
  return useMutation({
    ...config,
    mutationFn: (body: CreateIpControl) => apiRequest(routes.createIpControl, { body, query: { profile: profileId } }),
    onSuccess: async (...args) => {
      await refresh();
      await onSuccess?.(...args);
    },
  });
}

export interface ModifyIpControlVariables {
  id: string;
  body: ModifyIpControl;
}

export function useModifyIpControl({ onSuccess, ...config }: Options<ModifiedIpControl, ModifyIpControlVariables> = {}) {
  const { profileId, refresh } = useRefresh();
  return useMutation({
    ...config,
    mutationFn: ({ id, body }: ModifyIpControlVariables) => apiRequest(routes.modifyIpControl, { params: { id }, body, query: { profile: profileId } }),
    onSuccess: async (...args) => {
      await refresh(args[1].id);
      await onSuccess?.(...args);
    },
  });
}

export function useDeleteIpControl({ onSuccess, ...config }: Options<DeletedIpControl, string> = {}) {
  const { profileId, refresh } = useRefresh();
  return useMutation({
    ...config,
    mutationFn: (id: string) => apiRequest(routes.deleteIpControl, { params: { id }, query: { profile: profileId } }),
    onSuccess: async (...args) => {
      await refresh();
      await onSuccess?.(...args);
    },
  });
}

export interface IpControlApisVariables {
  id: string;
  bind: IpControlApis | null;
  unbind: IpControlApis | null;
}

/** One review, up to two calls: bind what was ticked, then unbind what was unticked. */
export function useChangeIpControlApis({ onSuccess, ...config }: Options<IpControlApisChanged, IpControlApisVariables> = {}) {
  const { profileId, refresh } = useRefresh();
  return useMutation({
    ...config,
    mutationFn: async ({ id, bind, unbind }: IpControlApisVariables) => {
      let result: IpControlApisChanged = { boundApis: [] };
      if (bind) result = await apiRequest(routes.setIpControlApis, { params: { id }, body: bind, query: { profile: profileId } });
      if (unbind) result = await apiRequest(routes.removeIpControlApis, { params: { id }, body: unbind, query: { profile: profileId } });
      return result;
    },
    onSuccess: async (...args) => {
      await refresh(args[1].id);
      await onSuccess?.(...args);
    },
  });
}

export const apiGroupsQueryOptions = (profile: string | undefined) =>
  queryOptions({
    queryKey: [...ipControlKeys.all, 'api-groups', profile ?? null] as const,
    queryFn: ({ signal }) => apiRequest(routes.listApiGroups, { query: { profile }, signal }),
  });

export function useApiGroups(enabled: boolean) {
  const { profileId } = useActiveProfile();
  return useQuery({ ...apiGroupsQueryOptions(profileId), enabled });
}

export const bindableApisQueryOptions = (id: string, groupId: string, stageName: StageName, profile: string | undefined) =>
  queryOptions({
    queryKey: [...ipControlKeys.detail(id, profile), 'bindable', groupId, stageName] as const,
    queryFn: ({ signal }) => apiRequest(routes.listBindableApis, { params: { id }, query: { groupId, stageName, profile }, signal }),
  });

export function useBindableApis(id: string, groupId: string | null, stageName: StageName) {
  const { profileId } = useActiveProfile();
  return useQuery({ ...bindableApisQueryOptions(id, groupId ?? '', stageName, profileId), enabled: groupId !== null });
}
