import type { BackendType } from '@portico/contracts/backend-models';

/**
 * The one key factory of this feature, general to specific, so that invalidating `lists()`
 * reaches every page, search and type filter, and `detail(id)` every profile of one backend.
 */
export interface BackendListFilter {
  page: number;
  pageSize: number;
  search?: string | undefined;
  type?: BackendType | undefined;
  profile?: string | undefined;
}

export const backendKeys = {
  all: ['backends'] as const,
  lists: () => [...backendKeys.all, 'list'] as const,
  list: (filter: BackendListFilter) =>
    [
      ...backendKeys.lists(),
      {
        page: filter.page,
        pageSize: filter.pageSize,
        search: filter.search ?? '',
        type: filter.type ?? null,
        profile: filter.profile ?? null,
      },
    ] as const,
  details: () => [...backendKeys.all, 'detail'] as const,
  detail: (id: string, profile?: string) => [...backendKeys.details(), id, { profile: profile ?? null }] as const,
};
