import type { IpControlType } from '@portico/contracts/ip-controls';

/**
 * The one key factory of this feature, general to specific, so that invalidating `lists()`
 * reaches every page, search and type filter, and `detail(id)` every profile of one ACL.
 */
export interface IpControlListFilter {
  page: number;
  pageSize: number;
  search?: string | undefined;
  type?: IpControlType | undefined;
  profile?: string | undefined;
}

export const ipControlKeys = {
  all: ['ip-controls'] as const,
  lists: () => [...ipControlKeys.all, 'list'] as const,
  list: (filter: IpControlListFilter) =>
    [
      ...ipControlKeys.lists(),
      {
        page: filter.page,
        pageSize: filter.pageSize,
        search: filter.search ?? '',
        type: filter.type ?? null,
        profile: filter.profile ?? null,
      },
    ] as const,
  details: () => [...ipControlKeys.all, 'detail'] as const,
  detail: (id: string, profile?: string) => [...ipControlKeys.details(), id, { profile: profile ?? null }] as const,
};
