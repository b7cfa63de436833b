import type { IpControlType } from '@portico/contracts/ip-controls';
import { resourceKeys, type ResourceListFilter } from '@/lib/resource-queries';

export interface IpControlListFilter extends ResourceListFilter {
  type?: IpControlType | undefined;
}

/** The one key factory of this feature: `lists()` reaches every type filter too, `detail(id)` every profile of one ACL. */
export const ipControlKeys = resourceKeys<IpControlListFilter>('ip-controls');
