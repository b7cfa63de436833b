import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useActiveProfile } from '@/lib/active-profile';
import { removeVpcAuthorization } from './remove-vpc-authorization';
import { vpcAuthorizationKeys } from './query-keys';

export interface BulkRemovalResult {
  name: string;
  ok: boolean;
  /** Why it was not removed, as the BFF said it. */
  message?: string;
}

/**
 * Several RemoveVpcAccess calls in a row, one per name (the cloud has no batch removal), each
 * audited by the BFF; one failing does not stop the others, and each gets its own result.
 */
export function useRemoveVpcAuthorizations() {
  const queryClient = useQueryClient();
  const { profileId } = useActiveProfile();
  return useMutation({
    mutationFn: async (names: string[]): Promise<BulkRemovalResult[]> => {
      const results: BulkRemovalResult[] = [];
      for (const name of names) {
        try {
          await removeVpcAuthorization(name, profileId);
          results.push({ name, ok: true });
        } catch (error) {
          results.push({ name, ok: false, message: error instanceof Error ? error.message : 'Not removed.' });
        }
      }
      return results;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: vpcAuthorizationKeys.all }),
  });
}
