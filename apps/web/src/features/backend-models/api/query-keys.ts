import type { BackendType } from '@portico/contracts/backend-models';
import { resourceKeys, type ResourceListFilter } from '@/lib/resource-queries';

export interface BackendListFilter extends ResourceListFilter {
  type?: BackendType | undefined;
}

/** The one key factory of this feature: `lists()` reaches every type filter too, `detail(id)` every profile of one backend. */
export const backendKeys = resourceKeys<BackendListFilter>('backends');
