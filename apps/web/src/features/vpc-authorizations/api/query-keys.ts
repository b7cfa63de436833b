import { resourceKeys, type ResourceListFilter } from '@/lib/resource-queries';

export type VpcAuthorizationListFilter = ResourceListFilter;

/** The one key factory of this feature: `detail(name)` reaches every profile of one name. */
export const vpcAuthorizationKeys = resourceKeys<VpcAuthorizationListFilter>('vpc-authorizations');
