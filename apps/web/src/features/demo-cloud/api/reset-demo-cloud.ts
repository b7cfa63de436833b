import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { DemoCloudReset } from '@portico/contracts/demo-cloud';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';

export function resetDemoCloud() {
  return apiRequest(routes.resetDemoCloud);
}

type Options = Omit<UseMutationOptions<DemoCloudReset, Error, void>, 'mutationFn'>;

/** Every cloud resource the console shows may have changed: everything cached is read again. */
export function useResetDemoCloud({ onSuccess, ...config }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: resetDemoCloud,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries();
      await onSuccess?.(...args);
    },
  });
}
