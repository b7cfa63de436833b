import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { RevertResult } from '@portico/contracts/audit';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { auditKeys } from './query-keys';

export interface RevertChangeVariables {
  /** The audit event whose change is undone. */
  id: string;
  /** One per revert attempt: a Retry of the same attempt is applied once. */
  clientToken: string;
}

export function revertChange({ id, clientToken }: RevertChangeVariables) {
  return apiRequest(routes.revert, { params: { id }, body: { clientToken } });
}

type Options = Omit<UseMutationOptions<RevertResult, Error, RevertChangeVariables>, 'mutationFn'>;

/** POST /api/audit/:id/revert: a new, audited change. The log shows it once this resolves. */
export function useRevertChange({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: revertChange,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: auditKeys.all });
      await onSuccess?.(...args);
    },
  });
}
