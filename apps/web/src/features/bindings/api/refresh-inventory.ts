import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import type { InventoryJob } from '@portico/contracts/bindings';
import { routes } from '@portico/contracts/routes';
import { apiRequest } from '@/lib/api-client';
import { bindingsKeys } from './query-keys';

export interface RefreshInventoryVariables {
  profile: string | undefined;
}

/**
 * POST /api/bindings/refresh: starts a build (202 with the job), or joins the one already
 * running for that profile. Only reads the clouds, so every role may.
 */
export function refreshInventory({ profile }: RefreshInventoryVariables) {
  return apiRequest(routes.refreshInventory, { query: { profile } });
}

type Options = Omit<UseMutationOptions<InventoryJob, Error, RefreshInventoryVariables>, 'mutationFn' | 'mutationKey'>;

export function useRefreshInventory(config: Options = {}) {
  return useMutation({ ...config, mutationKey: bindingsKeys.refresh(), mutationFn: refreshInventory });
}
