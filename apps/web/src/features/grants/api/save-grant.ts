import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CheckedGrantInput, Grant } from '@portico/contracts/grants';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { sessionKeys } from '@/lib/session';
import { grantKeys } from './query-keys';

/** A new grant (no id) or a changed one; the list and one's own permissions are read again after. */
export function saveGrant({ id, input }: { id?: string | undefined; input: CheckedGrantInput }): Promise<Grant> {
  return id ? apiRequest(routes.updateGrant, { params: { id }, body: input }) : apiRequest(routes.createGrant, { body: input });
}

export function deleteGrant(id: string) {
  return apiRequest(routes.deleteGrant, { params: { id } });
}

function useRefreshAfter() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: grantKeys.all });
    // An admin may have changed their own grants.
    await queryClient.invalidateQueries({ queryKey: sessionKeys.all });
  };
}

export function useSaveGrant() {
  const refresh = useRefreshAfter();
  return useMutation({ mutationFn: saveGrant, onSuccess: refresh });
}

export function useDeleteGrant() {
  const refresh = useRefreshAfter();
  return useMutation({ mutationFn: deleteGrant, onSuccess: refresh });
}
