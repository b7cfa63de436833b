import type { EndpointServiceListQuery } from '@portico/contracts/endpoint-services';
import { resourceKeys, type ResourceListFilter } from '@/lib/resource-queries';

export interface EndpointServiceListFilter extends ResourceListFilter {
  status?: EndpointServiceListQuery['status'] | undefined;
}

/**
 * The one key factory of this feature: `lists()` reaches every status filter too, and
 * `details()` every service (a change to one service shows in the "sharing this backend port"
 * part of the others).
 */
export const endpointServiceKeys = resourceKeys<EndpointServiceListFilter>('endpoint-services');
