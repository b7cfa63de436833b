import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateSuppression } from '@portico/contracts/bindings';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { useActiveProfile } from '@/lib/active-profile';
import { bindingsKeys } from './query-keys';

/** GET /api/bindings/suppressions: every suppression of the profile, the expired ones too. */
export const suppressionsQueryOptions = (profile: string | undefined) =>
  queryOptions({
    queryKey: bindingsKeys.suppressions(profile),
    queryFn: ({ signal }) => apiRequest(routes.listSuppressions, { query: { profile }, signal }),
    staleTime: 15_000,
  });

export function useSuppressions() {
  const { profileId } = useActiveProfile();
  return useQuery(suppressionsQueryOptions(profileId));
}

/**
 * Creating or ending a suppression changes how the inventory's findings read: both invalidate the
 * inventory (its impacts, rows and the suppressions list live under its key) and wait for it.
 */
function useInvalidateInventory() {
  const client = useQueryClient();
  const { profileId } = useActiveProfile();
  return () => client.invalidateQueries({ queryKey: bindingsKeys.inventory(profileId) });
}

/** POST /api/bindings/suppressions (audited). */
export function useCreateSuppression() {
  const { profileId } = useActiveProfile();
  const invalidate = useInvalidateInventory();
  return useMutation({
    mutationFn: (body: CreateSuppression) => apiRequest(routes.createSuppression, { query: { profile: profileId }, body }),
    onSuccess: invalidate,
  });
}

/** DELETE /api/bindings/suppressions/:id: ends it now (audited); it stays listed as expired. */
export function useRemoveSuppression() {
  const invalidate = useInvalidateInventory();
  return useMutation({
    mutationFn: (id: string) => apiRequest(routes.removeSuppression, { params: { id } }),
    onSuccess: invalidate,
  });
}
